package dev.bucketmap.runtime;

import java.util.Locale;

/**
 * A snapshot of a map's table, returned by the generated {@code stats()} method. Part of the API,
 * unlike the other classes of this package.
 *
 * @param size the number of entries
 * @param log2Buckets B: the table has 2^B buckets
 * @param overflowBuckets overflow buckets in use now
 * @param growing whether old buckets are still being evacuated
 * @param sameSizeGrowth whether the ongoing or last growth kept the size
 * @param evacuatedOldBuckets old buckets evacuated so far by the ongoing growth
 * @param growths doublings so far
 * @param sameSizeGrowths same-size growths so far
 */
public record MapStats(
        int size,
        int log2Buckets,
        int overflowBuckets,
        boolean growing,
        boolean sameSizeGrowth,
        int evacuatedOldBuckets,
        int growths,
        int sameSizeGrowths) {

    /** Validates that every count is non-negative and that 2^log2Buckets fits an {@code int}. */
    public MapStats {
        requireNonNegative("size", size);
        requireNonNegative("log2Buckets", log2Buckets);
        requireNonNegative("overflowBuckets", overflowBuckets);
        requireNonNegative("evacuatedOldBuckets", evacuatedOldBuckets);
        requireNonNegative("growths", growths);
        requireNonNegative("sameSizeGrowths", sameSizeGrowths);
        if (log2Buckets > 30) {
            throw new IllegalArgumentException("log2Buckets must be <= 30, was " + log2Buckets);
        }
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }

    /** The number of regular buckets, 2^{@link #log2Buckets()}. */
    public int buckets() {
        return 1 << log2Buckets;
    }

    /** Entries per regular bucket: {@code size / buckets()}. The map doubles above 6.5. */
    public double loadFactor() {
        return size / (double) buckets();
    }

    /**
     * One readable line, for example
     * {@code MapStats[size=13, buckets=2 (log2Buckets=1), loadFactor=6.50, overflowBuckets=1,
     * growing=false, sameSizeGrowth=false, evacuatedOldBuckets=0, growths=1, sameSizeGrowths=0]}.
     */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "MapStats[size=%d, buckets=%d (log2Buckets=%d), loadFactor=%.2f, overflowBuckets=%d,"
                        + " growing=%b, sameSizeGrowth=%b, evacuatedOldBuckets=%d, growths=%d,"
                        + " sameSizeGrowths=%d]",
                size,
                buckets(),
                log2Buckets,
                loadFactor(),
                overflowBuckets,
                growing,
                sameSizeGrowth,
                evacuatedOldBuckets,
                growths,
                sameSizeGrowths);
    }
}
