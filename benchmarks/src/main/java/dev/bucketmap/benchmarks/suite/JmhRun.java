package dev.bucketmap.benchmarks.suite;

import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invocation of JMH: which benchmarks, with which parameters, heap and iterations. The
 * suite runs several, because the parameter grid is not a full product (sequential ids and
 * 10,000,000 entries only for some operations, a bigger heap for the biggest maps).
 *
 * @param name       the result files' name: {@code jmh/NAME.json}, {@code jmh/NAME.log}
 * @param include    JMH's include pattern
 * @param benchmarks how many benchmark methods it matches (for the time estimate)
 * @param params     JMH parameters, each with its values
 * @param heap       the forks' fixed, pre-touched heap
 * @param warmups    warm-up iterations
 * @param iterations measurement iterations
 * @param secondsPerFork the estimated wall time of one fork, start-up and setup included
 */
record JmhRun(
        String name,
        String include,
        int benchmarks,
        Map<String, List<String>> params,
        String heap,
        int warmups,
        int iterations,
        double secondsPerFork) {

    private static final String OPS = "(getHit|getMiss|build|churn|traverse)";

    /** Every JMH run of a profile, in the order the suite runs them. */
    static List<JmhRun> plan(Profile p) {
        double iterationSeconds = (p.warmups() + p.iterations()) * p.iterationMillis() / 1000.0;
        double small = 1.5 + iterationSeconds;
        List<String> sizes = p.sizes().stream().map(String::valueOf).toList();
        List<JmhRun> runs = new ArrayList<>();

        runs.add(new JmhRun(
                "long-string",
                "\\.LongStringBench\\." + OPS + "$",
                5,
                params(Kind.LONG_STRING, "size", sizes, "keys", List.of("random")),
                p.heap(),
                p.warmups(),
                p.iterations(),
                small));
        if (p.sequentialSize() > 0) {
            runs.add(new JmhRun(
                    "long-string-sequential",
                    "\\.LongStringBench\\.(getHit|build)$",
                    2,
                    params(
                            Kind.LONG_STRING,
                            "size",
                            List.of(String.valueOf(p.sequentialSize())),
                            "keys",
                            List.of("sequential")),
                    p.heap(),
                    p.warmups(),
                    p.iterations(),
                    small));
        }
        if (p.tenMillion()) {
            List<String> tenMillion = List.of("10000000");
            runs.add(new JmhRun(
                    "long-string-10m",
                    "\\.LongStringBench\\.(getHit|getMiss|churn|traverse)$",
                    4,
                    params(Kind.LONG_STRING, "size", tenMillion, "keys", List.of("random")),
                    p.bigHeap(),
                    p.warmups(),
                    p.iterations(),
                    7 + iterationSeconds));
            // One build of 10,000,000 entries takes a second or more: fewer, longer iterations.
            runs.add(new JmhRun(
                    "long-string-10m-build",
                    "\\.LongStringBench\\.build$",
                    1,
                    params(Kind.LONG_STRING, "size", tenMillion, "keys", List.of("random")),
                    p.bigHeap(),
                    1,
                    4,
                    15));
        }
        runs.add(new JmhRun(
                "int-int",
                "\\.IntIntBench\\." + OPS + "$",
                5,
                params(Kind.INT_INT, "size", sizes),
                p.heap(),
                p.warmups(),
                p.iterations(),
                small));
        runs.add(new JmhRun(
                "string-int",
                "\\.StringIntBench\\." + OPS + "$",
                5,
                params(Kind.STRING_INT, "size", sizes),
                p.heap(),
                p.warmups(),
                p.iterations(),
                small));
        runs.add(new JmhRun(
                "word-count",
                "\\.WordCountBench\\.count$",
                1,
                params(Kind.STRING_INT, "words", List.of(String.valueOf(p.words()))),
                "3g",
                p.warmups(),
                p.iterations(),
                3 + iterationSeconds));
        return runs;
    }

    /** The {@code map} parameter (every map offering the kind) and one more. */
    private static Map<String, List<String>> params(Kind kind, String name, List<String> values) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("map", Impl.supporting(kind).stream().map(Impl::id).toList());
        params.put(name, values);
        return params;
    }

    /** The {@code map} parameter and two more. */
    private static Map<String, List<String>> params(
            Kind kind, String name, List<String> values, String name2, List<String> values2) {
        Map<String, List<String>> params = params(kind, name, values);
        params.put(name2, values2);
        return params;
    }

    /** How many forks (benchmark × parameter combination) the run starts. */
    int forks() {
        int forks = benchmarks;
        for (List<String> values : params.values()) {
            forks *= values.size();
        }
        return forks;
    }

    double estimatedSeconds() {
        return forks() * secondsPerFork;
    }
}
