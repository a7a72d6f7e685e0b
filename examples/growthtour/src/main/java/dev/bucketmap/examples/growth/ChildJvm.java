package dev.bucketmap.examples.growth;

import dev.bucketmap.runtime.MapStats;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this example in a fresh JVM and returns what it printed. The class
 * path is built from where this module's classes and the bucketmap runtime were loaded, so it
 * works under {@code mvn exec:java} (whose own class path is Maven's launcher) as well as
 * under plain {@code java -cp}.
 */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 60;

    private ChildJvm() {}

    /** The child's standard output, or empty when it could not be started, failed or hung. */
    static Optional<String> run(List<String> jvmOptions, Class<?> mainClass) {
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx64m");
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(classPath(mainClass));
            command.add(mainClass.getName());
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output.stripTrailing()) : Optional.empty();
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String classPath(Class<?> mainClass) throws URISyntaxException {
        return location(mainClass) + File.pathSeparator + location(MapStats.class);
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
