package dev.bucketmap.runtime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test sources in a fresh JVM, to test what is read once at class initialisation. */
final class ChildJvm {

    /** Exit code, standard output and standard error of a finished child JVM. */
    record Result(int exitCode, String stdout, String stderr) {}

    private ChildJvm() {}

    static Result run(Class<?> mainClass, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(classPath(mainClass));
        command.add(mainClass.getName());
        try {
            Path out = Files.createTempFile("bucketmap-child", ".out");
            Path err = Files.createTempFile("bucketmap-child", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("child JVM timed out: " + command);
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseGet(() -> Paths.get(System.getProperty("java.home"), "bin", "java")
                        .toString());
    }

    /**
     * This JVM's class path, plus the directories (or jars) holding the runtime and the
     * main class, in case the class path is a launcher jar.
     */
    private static String classPath(Class<?> mainClass) {
        return String.join(
                File.pathSeparator, location(Seeds.class), location(mainClass), System.getProperty("java.class.path"));
    }

    private static String location(Class<?> c) {
        try {
            return Paths.get(c.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
