package dev.bucketmap.benchmarks.suite;

import dev.bucketmap.benchmarks.data.Words;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

/** What the results came from: {@code meta.properties} beside them, which the report prints. */
final class Machine {

    private Machine() {}

    static void write(Path file, Profile profile) throws IOException {
        Properties p = new Properties();
        p.setProperty("profile", profile.name());
        p.setProperty("started", now());
        p.setProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        p.setProperty(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        p.setProperty("cpu", cpu());
        p.setProperty("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        p.setProperty("memory", memory());
        p.setProperty(
                "jmh",
                profile.inProcess()
                        ? String.format(
                                "in this JVM, %d iteration of %d ms", profile.iterations(), profile.iterationMillis())
                        : String.format(
                                "%d fork per benchmark, %d warm-up + %d measured iterations of %d ms; fixed heap %s "
                                        + "(%s at 10,000,000 entries), -XX:+AlwaysPreTouch",
                                profile.forks(),
                                profile.warmups(),
                                profile.iterations(),
                                profile.iterationMillis(),
                                profile.heap(),
                                profile.bigHeap()));
        p.setProperty("words", Words.source());
        store(p, file);
    }

    static void finish(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        p.setProperty("finished", now());
        store(p, file);
    }

    private static void store(Properties p, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, "bucketmap benchmark run");
        }
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 19) + "Z";
    }

    private static String cpu() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown CPU");
    }

    private static String memory() {
        String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal", "");
        try {
            long gib = Math.round(Long.parseLong(kb.replace("kB", "").trim()) / 1024.0 / 1024.0);
            return gib + " GiB";
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private static String firstValue(Path file, String key, String otherwise) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key) && line.contains(":")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
        return otherwise;
    }
}
