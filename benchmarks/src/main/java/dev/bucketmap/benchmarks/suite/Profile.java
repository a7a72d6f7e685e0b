package dev.bucketmap.benchmarks.suite;

import java.util.List;

/**
 * How much of everything the suite runs. {@link #FULL} is the published run (about 30
 * minutes on 2 cores), {@link #QUICK} checks the whole pipeline in about 5 minutes with numbers
 * that are only indicative, {@link #SMOKE} is the smoke test's: one tiny iteration of
 * everything, in the test's own JVM.
 *
 * @param name            written into the results, and shown in the report
 * @param forks           JMH forks per benchmark; 0 runs in this JVM (smoke only)
 * @param warmups         JMH warm-up iterations
 * @param iterations      JMH measurement iterations
 * @param iterationMillis the length of each JMH iteration
 * @param sizes           map sizes for every kind
 * @param sequentialSize  the size at which {@code long → String} also runs with sequential ids, or 0
 * @param tenMillion      whether {@code long → String} also runs at 10,000,000 entries
 * @param heap            the JMH forks' fixed heap ({@code -Xms} = {@code -Xmx}), pre-touched
 * @param bigHeap         the heap of the 10,000,000-entry forks
 * @param words           words of text counted by the word-count benchmark
 * @param memorySizes     sizes at which memory is measured
 * @param memoryHeap      the memory JVM's maximum heap
 * @param pauseInserts    inserts per map in the growth-pause runs
 * @param pauseHeap       the growth-pause JVMs' fixed heap
 * @param floodKeys       keys per hash-flooding run
 * @param floodCapSeconds the time cap of one hash-flooding run
 */
public record Profile(
        String name,
        int forks,
        int warmups,
        int iterations,
        int iterationMillis,
        List<Integer> sizes,
        int sequentialSize,
        boolean tenMillion,
        String heap,
        String bigHeap,
        int words,
        List<Integer> memorySizes,
        String memoryHeap,
        int pauseInserts,
        String pauseHeap,
        int floodKeys,
        double floodCapSeconds) {

    public static final Profile FULL = new Profile(
            "full",
            1,
            3,
            8,
            200,
            List.of(1_000, 1_000_000),
            1_000_000,
            true,
            "2g",
            "6g",
            4_000_000,
            List.of(1_000, 10_000, 100_000, 1_000_000, 10_000_000),
            "12g",
            16_000_000,
            "6g",
            100_000,
            5);

    public static final Profile QUICK = new Profile(
            "quick",
            1,
            2,
            3,
            100,
            List.of(1_000_000),
            0,
            false,
            "1g",
            "6g",
            1_000_000,
            List.of(1_000, 10_000, 100_000, 1_000_000),
            "4g",
            1_000_000,
            "1g",
            100_000,
            2);

    public static final Profile SMOKE = new Profile(
            "smoke",
            0,
            0,
            1,
            10,
            List.of(1_000),
            1_000,
            false,
            "",
            "",
            20_000,
            List.of(1_000),
            "",
            20_000,
            "",
            2_000,
            5);

    /** Whether every part runs inside this JVM (the smoke test) rather than in JVMs of its own. */
    public boolean inProcess() {
        return forks == 0;
    }
}
