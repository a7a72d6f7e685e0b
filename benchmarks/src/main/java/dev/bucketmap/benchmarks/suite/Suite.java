package dev.bucketmap.benchmarks.suite;

import dev.bucketmap.benchmarks.flooding.Flooding;
import dev.bucketmap.benchmarks.memory.Footprint;
import dev.bucketmap.benchmarks.pauses.GrowthPauses;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The whole benchmark suite, as {@code benchmarks/run} starts it: JMH throughput and word
 * count, then memory, growth pauses and hash flooding, each in JVMs of their own, writing
 * raw results into one directory for {@code report.Report} to turn into tables and charts:
 *
 * <pre>
 * meta.properties          the machine, the JDK, the profile
 * jmh/NAME.json, NAME.log  JMH results and its full output, one pair per {@link JmhRun}
 * memory.csv               bytes per entry
 * pauses/MAP-VARIANT.*     growth-pause histograms (.hgrm) and summaries (.csv)
 * flooding.csv             crafted vs random keys
 * </pre>
 *
 * <p>Usage: {@code Suite [--quick | --smoke] [--only PART,...] [--plan] OUT_DIR}, parts: throughput,
 * wordcount, memory, pauses, flooding ({@code --smoke} runs the smoke test's profile, all in one JVM;
 * {@code --plan} only prints what would run and how long it should take). Every JMH fork and every other JVM gets a fixed heap; those that
 * time gets {@code -XX:+AlwaysPreTouch}, because this kind of VM maps fresh memory slowly.
 */
public final class Suite {

    /** What the suite can run; {@code --only} picks some. */
    public enum Part {
        THROUGHPUT,
        WORDCOUNT,
        MEMORY,
        PAUSES,
        FLOODING
    }

    private final Profile profile;
    private final Set<Part> parts;
    private final Path out;
    private final PrintStream console;

    Suite(Profile profile, Set<Part> parts, Path out, PrintStream console) {
        this.profile = profile;
        this.parts = parts;
        this.out = out;
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.FULL;
        Set<Part> parts = EnumSet.allOf(Part.class);
        Path out = null;
        boolean planOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> profile = Profile.QUICK;
                case "--smoke" -> profile = Profile.SMOKE;
                case "--plan" -> planOnly = true;
                case "--only" -> {
                    parts = EnumSet.noneOf(Part.class);
                    for (String part : args[++i].split(",")) {
                        parts.add(Part.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                    }
                }
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null) {
            System.err.println(
                    "usage: Suite [--quick | --smoke] [--only throughput,wordcount,memory,pauses,flooding] [--plan] OUT_DIR");
            System.exit(2);
        }
        Suite suite = new Suite(profile, parts, out, System.out);
        if (planOnly) {
            suite.printPlan(suite.jmhRuns());
        } else {
            suite.run();
        }
    }

    /** Runs the selected parts; the smoke test calls this with {@link Profile#SMOKE}. */
    public static void run(Profile profile, Set<Part> parts, Path out) throws Exception {
        new Suite(profile, parts, out, System.out).run();
    }

    void run() throws Exception {
        Files.createDirectories(out);
        Machine.write(out.resolve("meta.properties"), profile);
        List<JmhRun> jmh = jmhRuns();
        printPlan(jmh);
        long started = System.nanoTime();
        for (int i = 0; i < jmh.size(); i++) {
            JmhRun run = jmh.get(i);
            step(String.format(
                    Locale.ROOT,
                    "JMH %d/%d %s: %d forks, about %s (log: %s)",
                    i + 1,
                    jmh.size(),
                    run.name(),
                    run.forks(),
                    duration(run.estimatedSeconds()),
                    out.resolve("jmh/" + run.name() + ".log")));
            jmh(run);
        }
        if (parts.contains(Part.MEMORY)) {
            step("memory: bytes per entry at " + profile.memorySizes() + " entries");
            memory();
        }
        if (parts.contains(Part.PAUSES)) {
            step(String.format(
                    Locale.ROOT,
                    "growth pauses: %,d inserts per map, one JVM per map and variant, ZGC",
                    profile.pauseInserts()));
            pauses();
        }
        if (parts.contains(Part.FLOODING)) {
            step(String.format(
                    Locale.ROOT,
                    "hash flooding: %,d keys per run, cap %.0f s",
                    profile.floodKeys(),
                    profile.floodCapSeconds()));
            flooding();
        }
        Machine.finish(out.resolve("meta.properties"));
        console.printf(
                Locale.ROOT,
                "%nAll done in %s. Raw results: %s%n",
                duration((System.nanoTime() - started) / 1e9),
                out.toAbsolutePath());
    }

    private List<JmhRun> jmhRuns() {
        return JmhRun.plan(profile).stream()
                .filter(r -> parts.contains(r.name().equals("word-count") ? Part.WORDCOUNT : Part.THROUGHPUT))
                .toList();
    }

    private void printPlan(List<JmhRun> jmh) {
        double seconds = jmh.stream().mapToDouble(JmhRun::estimatedSeconds).sum();
        if (parts.contains(Part.MEMORY)) {
            seconds += Estimates.memory(profile);
        }
        if (parts.contains(Part.PAUSES)) {
            seconds += Estimates.pauses(profile);
        }
        if (parts.contains(Part.FLOODING)) {
            seconds += Estimates.flooding(profile);
        }
        console.printf(Locale.ROOT, "bucketmap benchmark suite, %s profile: %s%n", profile.name(), parts);
        console.printf(
                Locale.ROOT,
                "  %d JMH forks (%d warm-up + %d measured iterations of %d ms each)%n",
                jmh.stream().mapToInt(JmhRun::forks).sum(),
                profile.warmups(),
                profile.iterations(),
                profile.iterationMillis());
        console.printf(Locale.ROOT, "  raw results go to %s%n", out.toAbsolutePath());
        console.printf(Locale.ROOT, "  expected duration: about %s (more on a busy machine)%n", duration(seconds));
        for (JmhRun run : jmh) {
            console.printf(
                    Locale.ROOT,
                    "    JMH %-24s %3d forks  about %s%n",
                    run.name(),
                    run.forks(),
                    duration(run.estimatedSeconds()));
        }
    }

    private void jmh(JmhRun run) throws IOException, RunnerException {
        Path dir = Files.createDirectories(out.resolve("jmh"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(run.include())
                .forks(profile.forks())
                .warmupIterations(run.warmups())
                .warmupTime(TimeValue.milliseconds(profile.iterationMillis()))
                .measurementIterations(run.iterations())
                .measurementTime(TimeValue.milliseconds(profile.iterationMillis()))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(dir.resolve(run.name() + ".json").toString());
        if (!profile.inProcess()) {
            List<String> jvm = new ArrayList<>(Jvm.commonOptions());
            jvm.addAll(List.of("-Xms" + run.heap(), "-Xmx" + run.heap(), "-XX:+AlwaysPreTouch"));
            options.jvmArgsAppend(jvm.toArray(String[]::new));
        }
        run.params().forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        try (PrintStream log =
                new PrintStream(Files.newOutputStream(dir.resolve(run.name() + ".log")), true, "UTF-8")) {
            new Runner(options.build(), OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL)).run();
        }
    }

    private void memory() throws Exception {
        Path csv = out.resolve("memory.csv");
        if (profile.inProcess()) {
            Footprint.run(
                    csv,
                    profile.memorySizes().stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        // JOL reads every field reflectively; opening java.base spares it an exception per HashMap node.
        List<String> args = new ArrayList<>(List.of(
                "-Xmx" + profile.memoryHeap(),
                "--add-opens",
                "java.base/java.util=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.lang=ALL-UNNAMED",
                "-Djdk.attach.allowAttachSelf=true",
                "-XX:+EnableDynamicAgentLoading",
                Footprint.class.getName(),
                csv.toString()));
        profile.memorySizes().forEach(size -> args.add(size.toString()));
        Jvm.run(args);
    }

    private void pauses() throws Exception {
        Path dir = out.resolve("pauses");
        for (Impl impl : Impl.libraries(Kind.LONG_STRING)) {
            if (profile.inProcess()) {
                GrowthPauses.run(impl, profile.pauseInserts(), "pretouch", dir);
                continue;
            }
            for (boolean preTouch : new boolean[] {true, false}) {
                List<String> args = new ArrayList<>(
                        List.of("-XX:+UseZGC", "-Xms" + profile.pauseHeap(), "-Xmx" + profile.pauseHeap()));
                if (preTouch) {
                    args.add("-XX:+AlwaysPreTouch");
                }
                args.addAll(List.of(
                        GrowthPauses.class.getName(),
                        impl.id(),
                        String.valueOf(profile.pauseInserts()),
                        preTouch ? "pretouch" : "no-pretouch",
                        dir.toString()));
                Jvm.run(args);
            }
        }
    }

    private void flooding() throws Exception {
        Path csv = out.resolve("flooding.csv");
        if (profile.inProcess()) {
            Flooding.run(profile.floodKeys(), profile.floodCapSeconds(), csv);
            return;
        }
        Jvm.run(List.of(
                "-Xms2g",
                "-Xmx2g",
                "-XX:+AlwaysPreTouch",
                Flooding.class.getName(),
                String.valueOf(profile.floodKeys()),
                String.valueOf(profile.floodCapSeconds()),
                csv.toString()));
    }

    private void step(String what) {
        console.printf(Locale.ROOT, "%n== %s%n", what);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 90 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
