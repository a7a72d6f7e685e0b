package dev.bucketmap.benchmarks.data;

import java.util.SplittableRandom;

/**
 * The benchmarks' data, the same for every map and every run: distinct keys from a fixed seed.
 *
 * <p>Random keys are a bijective mix of a counter, so they are distinct by construction,
 * and "absent" keys come from a counter range that present keys never use. The mixes (Pelle Evensen's moremur for
 * 64 bits, Chris Wellons' lowbias32 for 32 bits) are not the hash of any map under test
 * (fastutil's and HPPC's golden-ratio multiply, Eclipse's MurmurHash3-style spreads, Agrona's
 * Stafford mix, bucketmap's seeded mix), so the data neither favours nor punishes a map.
 */
public final class Keys {
    /** The one seed of all benchmark data. */
    public static final long SEED = 20240601L;
    /** The value stored for every {@code long → String} key: shared, so only map structure is measured. */
    public static final String VALUE = "value";

    private static final long ABSENT_OFFSET = 1L << 40;

    private Keys() {}

    /** {@code n} distinct random longs; {@code absent} selects a disjoint set. */
    public static long[] randomLongs(int n, boolean absent) {
        long base = SEED * 0x9E3779B97F4A7C15L + (absent ? ABSENT_OFFSET : 0);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = mix64(base + i);
        }
        return keys;
    }

    /** Ids {@code first, first+1, …}, in that order, like a database sequence. */
    public static long[] sequentialLongs(long first, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = first + i;
        }
        return keys;
    }

    /** {@code n} distinct random ints ({@code n} below 2^30); {@code absent} selects a disjoint set. */
    public static int[] randomInts(int n, boolean absent) {
        int base = (int) SEED + (absent ? 1 << 30 : 0);
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = mix32(base + i);
        }
        return keys;
    }

    /**
     * {@code n} distinct random strings of 1 to 13 characters ({@code [0-9a-z]}, a 64-bit
     * number in base 36), each a separate instance; {@code absent} selects a disjoint set.
     */
    public static String[] randomStrings(int n, boolean absent) {
        long[] numbers = randomLongs(n, absent);
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Long.toUnsignedString(numbers[i], 36);
        }
        return keys;
    }

    /** {@code n} values in {@code [1, 2^30)}: never 0 (absent) nor Agrona's missing value. */
    public static int[] intValues(int n) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(1, 1 << 30);
        }
        return values;
    }

    /**
     * {@code length} indexes into an array of {@code n}, drawn at random from a fixed seed:
     * the order in which lookups visit the keys.
     */
    public static int[] randomIndexes(int length, int n) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int[] indexes = new int[length];
        for (int i = 0; i < length; i++) {
            indexes[i] = random.nextInt(n);
        }
        return indexes;
    }

    /** moremur: a bijection on 64-bit values (xor-shifts and odd multipliers are invertible). */
    static long mix64(long z) {
        z = (z ^ (z >>> 27)) * 0x3C79AC492BA7B653L;
        z = (z ^ (z >>> 33)) * 0x1C69B3F74AC4AE35L;
        return z ^ (z >>> 27);
    }

    /** lowbias32: a bijection on 32-bit values. */
    static int mix32(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        return h ^ (h >>> 16);
    }
}
