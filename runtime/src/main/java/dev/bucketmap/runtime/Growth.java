package dev.bucketmap.runtime;

/**
 * Not API, for generated code: when a map grows, and how large it starts.
 *
 * <p>This class is public only because the generated maps, which live in your packages, call
 * it; it may change in any release. Your code uses {@link MapStats} and the system properties
 * that the {@linkplain dev.bucketmap.runtime package} documentation lists.
 *
 * <p>The triggers are Go's: a map doubles when it holds more than 6.5 entries per
 * bucket on average ({@link #overLoadFactor}), and it grows to the same size, which
 * repacks the entries and frees the overflow chains, when it has about as many overflow
 * buckets as regular buckets ({@link #tooManyOverflowBuckets}); that happens after many
 * inserts and deletes leave chains that are long but sparse. See {@link Buckets} for
 * why 6.5.
 */
public final class Growth {

    /** Numerator of the load factor: 13/2 = 6.5 entries per 8-slot bucket (see the table in {@link Buckets}). */
    public static final int LOAD_FACTOR_NUM = 13;
    /** Denominator of the load factor. */
    public static final int LOAD_FACTOR_DEN = 2;

    /**
     * The largest log2 of the bucket count: 27. Tables are arrays of 512-bucket chunks, so no
     * single array comes near Java's limit; what bounds the table is the slot ref, an
     * {@code int} naming {@code bucket * 8 + slot}: 2^27 buckets of 8 slots are 2^30 slots,
     * and the overflow pool's refs are their complements, below zero.
     */
    public static final int MAX_LOG2_BUCKETS = 27;

    /** The system property that lowers {@link #maxLog2Buckets()}, for tests of the limit. */
    public static final String MAX_LOG2_BUCKETS_PROPERTY = "bucketmap.maxLog2Buckets";

    /** B of the largest table whose overflow buckets are all counted (Go: noverflow is a uint16). */
    private static final int EXACT_OVERFLOW_COUNT_LIMIT = 15;

    private static final int LIMIT = readLimit();

    private Growth() {}

    private static int readLimit() {
        String value = System.getProperty(MAX_LOG2_BUCKETS_PROPERTY);
        if (value == null) {
            return MAX_LOG2_BUCKETS;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(badLimit(value), e);
        }
        if (limit < 0 || limit > MAX_LOG2_BUCKETS) {
            throw new IllegalArgumentException(badLimit(value));
        }
        return limit;
    }

    private static String badLimit(String value) {
        return "System property " + MAX_LOG2_BUCKETS_PROPERTY + " must be an integer from 0 to " + MAX_LOG2_BUCKETS
                + ", but was \"" + value + "\"";
    }

    /**
     * The limit in force: {@link #MAX_LOG2_BUCKETS}, or lower when the system property
     * {@value #MAX_LOG2_BUCKETS_PROPERTY} is set (read once; a value outside 0..27 fails
     * class initialisation with a message naming the property).
     */
    public static int maxLog2Buckets() {
        return LIMIT;
    }

    /**
     * Go's {@code overLoadFactor}: true when {@code count} entries are too many for 2^B
     * buckets, that is {@code count > 8 && count > 13 * (2^B / 2)}.
     */
    public static boolean overLoadFactor(long count, int log2Buckets) {
        return count > Buckets.SLOTS && count > LOAD_FACTOR_NUM * ((1L << log2Buckets) / LOAD_FACTOR_DEN);
    }

    /**
     * Go's {@code tooManyOverflowBuckets}: true when {@code noverflow >= 2^min(B, 15)}.
     * Above B = 15 the count is approximate (see {@link #countsOverflow}), so the
     * threshold stops growing with the table.
     */
    public static boolean tooManyOverflowBuckets(int noverflow, int log2Buckets) {
        int b = Math.min(log2Buckets, EXACT_OVERFLOW_COUNT_LIMIT);
        return noverflow >= 1 << b;
    }

    /**
     * The smallest B such that {@code expectedSize} entries do not exceed the load
     * factor of 2^B buckets (0 for sizes 0..8), so that a map presized with it takes
     * {@code expectedSize} insertions without growing.
     *
     * @throws IllegalArgumentException if {@code expectedSize} is negative, or needs more
     *     than 2^{@link #maxLog2Buckets()} buckets
     */
    public static int log2BucketsFor(int expectedSize) {
        if (expectedSize < 0) {
            throw new IllegalArgumentException("expectedSize must be >= 0, was " + expectedSize);
        }
        int limit = LIMIT;
        int b = 0;
        while (overLoadFactor(expectedSize, b)) {
            if (b == limit) {
                throw new IllegalArgumentException("expectedSize " + expectedSize
                        + " is too large: the largest table (2^" + limit + " = " + (1L << limit)
                        + " buckets) holds at most " + capacity(limit) + " entries");
            }
            b++;
        }
        return b;
    }

    /** The most entries 2^B buckets hold before the map doubles: 13 * 2^B / 2 (8 for B = 0). */
    public static long capacity(int log2Buckets) {
        return Math.max(Buckets.SLOTS, LOAD_FACTOR_NUM * ((1L << log2Buckets) / LOAD_FACTOR_DEN));
    }

    /**
     * Go's {@code incrnoverflow}, made deterministic: whether a newly allocated overflow
     * bucket is counted in {@code noverflow}. Always when B &lt; 16; above that, with
     * probability 1/2^(B-15), decided by hash bits 32 and up of the entry that caused the
     * allocation (bits that pick neither the bucket nor the tophash), so that
     * {@code noverflow} stays below 2^16 and still approximates
     * "as many overflow buckets as 2^15 regular ones" scaled to the table.
     */
    public static boolean countsOverflow(int log2Buckets, long hash) {
        if (log2Buckets <= EXACT_OVERFLOW_COUNT_LIMIT) {
            return true;
        }
        long mask = (1L << (log2Buckets - EXACT_OVERFLOW_COUNT_LIMIT)) - 1;
        return ((hash >>> 32) & mask) == 0;
    }

    /**
     * The exception for growth past the limit: the message names the largest table
     * (2^B buckets) and the entries it holds, and says the map is unchanged.
     */
    public static IllegalStateException capacityExceeded(int log2Buckets) {
        return new IllegalStateException("Map capacity exceeded: the table cannot grow past 2^"
                + log2Buckets + " = " + (1L << log2Buckets) + " buckets, which hold at most "
                + capacity(log2Buckets) + " entries; the map is unchanged"
                + (LIMIT < MAX_LOG2_BUCKETS
                        ? " (limit lowered by -D" + MAX_LOG2_BUCKETS_PROPERTY + "=" + LIMIT + ")"
                        : ""));
    }
}
