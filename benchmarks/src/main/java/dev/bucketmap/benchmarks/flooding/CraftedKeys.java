package dev.bucketmap.benchmarks.flooding;

import java.util.SplittableRandom;

/**
 * Keys that an attacker who knows a map's (unseeded, published) hash function can craft so
 * that they all land in one place of its table.
 *
 * <p>fastutil hashes a {@code long} with {@code HashCommon.mix}: {@code h = x * φ;
 * h ^= h >>> 32; return h ^ (h >>> 16)} with φ = {@code 0x9E3779B97F4A7C15}, and takes the low
 * bits as the slot. Every step is invertible (an odd multiplier has an inverse modulo 2^64,
 * and {@code x ^ (x >>> s)} is undone by xoring in further shifts), so picking hashes
 * {@code i << 32}, whose low 32 bits are all zero, and inverting gives keys that all start
 * probing at slot 0 of any table up to 2^32 slots: each insert walks past all earlier ones.
 *
 * <p>HPPC hashes with the plain golden-ratio multiply {@code (int) (h ^ (h >>> 32))},
 * {@code h = x * φ} ({@code BitMixer.mixPhi}); the same construction against it gives keys
 * whose hash is 0. (These also collide in fastutil's table: there {@code mix} of them is
 * {@code (i << 32) ^ (i << 16)}, so they fall on a handful of slots.)
 *
 * <p>For {@code String} keys no hash function need be known: {@code "Aa"} and {@code "BB"}
 * have the same {@code hashCode()}, so every string of k such blocks has the same one too,
 * 2^k of them. Every map that hashes {@code hashCode()} sees only that one value.
 */
final class CraftedKeys {
    static final long PHI = 0x9E3779B97F4A7C15L;
    /** φ^-1 modulo 2^64. */
    static final long PHI_INVERSE = inverse(PHI);

    private CraftedKeys() {}

    /** {@code n} keys whose fastutil {@code HashCommon.mix} is {@code i << 32}, i = 1..n. */
    static long[] againstFastutil(int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long h = (long) (i + 1) << 32;
            h ^= (h >>> 16) ^ (h >>> 32) ^ (h >>> 48); // undoes h ^= h >>> 16
            h ^= h >>> 32; // undoes h ^= h >>> 32
            keys[i] = h * PHI_INVERSE; // undoes h = x * φ
        }
        return keys;
    }

    /** {@code n} keys whose golden-ratio hash {@code (int) (h ^ (h >>> 32))}, {@code h = x * φ}, is 0. */
    static long[] againstPhiMultiply(int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long g = (long) (i + 1) << 32;
            long h = g ^ (g >>> 32); // then h ^ (h >>> 32) == g
            keys[i] = h * PHI_INVERSE;
        }
        return keys;
    }

    /** {@code n} distinct strings of {@code "Aa"}/{@code "BB"} blocks, all with one {@code hashCode()}. */
    static String[] equalHashCodes(int n) {
        int blocks = blocks(n);
        String[] keys = new String[n];
        StringBuilder s = new StringBuilder(2 * blocks);
        for (int i = 0; i < n; i++) {
            s.setLength(0);
            for (int b = 0; b < blocks; b++) {
                s.append((i >>> b & 1) == 0 ? "Aa" : "BB");
            }
            keys[i] = s.toString();
        }
        return keys;
    }

    /** {@code n} random strings of letters as long as {@link #equalHashCodes}' ones: the baseline. */
    static String[] randomStrings(int n, long seed) {
        int length = 2 * blocks(n);
        SplittableRandom random = new SplittableRandom(seed);
        String[] keys = new String[n];
        char[] chars = new char[length];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < length; c++) {
                int r = random.nextInt(52);
                chars[c] = (char) (r < 26 ? 'a' + r : 'A' + r - 26);
            }
            keys[i] = new String(chars);
        }
        return keys;
    }

    /** How many blocks make {@code n} distinct strings: ceil(log2 n), at least 1. */
    private static int blocks(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
    static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
