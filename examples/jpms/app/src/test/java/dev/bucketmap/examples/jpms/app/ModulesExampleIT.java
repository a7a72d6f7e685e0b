package dev.bucketmap.examples.jpms.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged program as a user of named modules would: on the module path with {@code java
 * -p ... -m ...}, and as a runtime image made by jlink. The module path holds the program, the
 * names library and the runtime, and not the annotations, which {@code requires static} needs only
 * at compile time. Every step must succeed and print the expected output.
 */
class ModulesExampleIT {
    private static final String MODULE = "dev.bucketmap.examples.jpms.app";
    private static final String MAIN = MODULE + "/" + ModulesExample.class.getName();

    private static final List<String> EXPECTED = List.of(
            "user 1 Ada      logins 3",
            "user 2 Grace    logins 2",
            "user 3 Barbara  logins 0",
            "user 4 Edsger   logins 1",
            "users: 4, users who logged in: 3, buckets of the logins map: 1",
            "BucketMap_UserNames  in module dev.bucketmap.examples.jpms.names",
            "BucketMap_Logins     in module dev.bucketmap.examples.jpms.app",
            "MapStats             in module dev.bucketmap.runtime",
            "dev.bucketmap at run time: false");

    @Test
    void runsOnTheModulePath() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(EXPECTED, run(java, "-p", modulePath(), "-m", MAIN));
    }

    @Test
    void linksIntoARuntimeImageThatRuns() throws Exception {
        Path image = Path.of(System.getProperty("image.dir"));
        deleteRecursively(image);
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(
                        () -> new AssertionError("no jlink in " + System.getProperty("java.home") + ": run on a JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = jlink.run(
                print,
                print,
                "--module-path",
                modulePath(),
                "--add-modules",
                MODULE,
                "--launcher",
                "logins=" + MAIN,
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                image.toString());
        assertEquals(0, status, "jlink: " + out.toString(StandardCharsets.UTF_8));

        assertEquals(EXPECTED, run(image.resolve("bin/logins").toString()));
        List<String> modules = run(image.resolve("bin/java").toString(), "--list-modules");
        assertEquals(
                List.of(
                        "dev.bucketmap.examples.jpms.app",
                        "dev.bucketmap.examples.jpms.names",
                        "dev.bucketmap.runtime",
                        "java.base"),
                modules.stream().map(m -> m.replaceFirst("@.*", "")).sorted().toList());
    }

    /** The program's jar, the names library's and the runtime's: what it needs at run time. */
    private static String modulePath() throws URISyntaxException {
        Path app = Path.of(System.getProperty("app.jar"));
        assertTrue(Files.isRegularFile(app), app + " is built by `mvn package`");
        return String.join(
                File.pathSeparator,
                app.toString(),
                location("dev.bucketmap.examples.jpms.names.UserNames"),
                location("dev.bucketmap.runtime.MapStats"));
    }

    private static String location(String className) throws URISyntaxException {
        try {
            Class<?> type = Class.forName(className, false, ModulesExampleIT.class.getClassLoader());
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className + " is not on the test class path", e);
        }
    }

    /** Runs a command, asserts that it exits with 0 and prints nothing on stderr; its output's lines. */
    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + List.of(command));
        String err = new String(stderr, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), List.of(command) + " failed: " + err);
        assertEquals("", err, "stderr of " + List.of(command));
        return new String(stdout, StandardCharsets.UTF_8).lines().toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
