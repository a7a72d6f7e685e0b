package dev.bucketmap.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a program of this jar in a JVM of its own (the same java, the same class path) and waits for it. */
final class Jvm {

    private Jvm() {}

    /**
     * Options every JVM of the suite gets: on JDK 24 and later, permission for the
     * {@code sun.misc.Unsafe} memory access that Koloboke, JOL and JMH still use, instead of a
     * warning in the middle of the output.
     */
    static List<String> commonOptions() {
        return Runtime.version().feature() >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /** {@code args}: JVM options, then the main class and its arguments. Fails if the JVM does. */
    static void run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(commonOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).inheritIO().start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("exit status " + status + " from " + String.join(" ", args));
        }
    }
}
