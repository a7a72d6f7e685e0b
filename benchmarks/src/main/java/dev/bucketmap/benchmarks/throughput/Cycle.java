package dev.bucketmap.benchmarks.throughput;

/**
 * Walks an array of lookups {@link #BATCH} at a time, wrapping around. Every benchmark that
 * measures single operations runs a batch per invocation (reported per operation with
 * {@code @OperationsPerInvocation(BATCH)}), so JMH's own per-call overhead stays out of the
 * numbers and the lookups of one batch may overlap their cache misses, as in real code.
 */
final class Cycle {
    static final int BATCH = 1024;
    /** At most this many distinct lookups per benchmark (a power of two): 8 MB of long keys. */
    private static final int MAX_LENGTH = 1 << 20;

    /**
     * At least this many lookups per cycle, even for a map of 1,000 entries. A cycle of 1,024
     * lookups repeats exactly every invocation, and a modern branch predictor learns it: fastutil's
     * {@code int} get at 1,000 entries then measured 1.1 ns (about 3 cycles), against 6 ns for the
     * same probe loop over a long random sequence of the same keys. That measured the predictor,
     * not the map. 64 Ki lookups (256 KB of {@code int} keys) are beyond what it can learn and still
     * stay in L2 cache.
     */
    private static final int MIN_LENGTH = 1 << 16;

    private final int length;
    private int next;

    Cycle(int length) {
        if (length % BATCH != 0) {
            throw new IllegalArgumentException("length " + length + " is not a multiple of " + BATCH);
        }
        this.length = length;
    }

    /**
     * How many lookups to prepare for a map of {@code size} entries: enough to visit all of a map up
     * to 2^20, and never fewer than {@link #MIN_LENGTH}.
     */
    static int lengthFor(int size) {
        return Math.min(MAX_LENGTH, Math.max(MIN_LENGTH, Integer.highestOneBit(Math.max(1, size - 1)) << 1));
    }

    /** The first index of the next batch. */
    int nextBatch() {
        int start = next;
        next = start + BATCH == length ? 0 : start + BATCH;
        return start;
    }
}
