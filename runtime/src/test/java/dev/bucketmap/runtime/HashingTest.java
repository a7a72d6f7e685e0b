package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class HashingTest {

    private static final long[] SEEDS = {0L, 1L, -1L, 42L, 0x9E37_79B9_7F4A_7C15L, Long.MIN_VALUE};

    /**
     * Chi-square statistic of {@code counts} against a uniform distribution. With d = counts.length - 1
     * degrees of freedom it has mean d and standard deviation sqrt(2d) for a random hash.
     */
    private static double chiSquare(int[] counts, long total) {
        double expected = (double) total / counts.length;
        double sum = 0;
        for (int c : counts) {
            sum += (c - expected) * (c - expected) / expected;
        }
        return sum;
    }

    /** Passes unless the statistic is more than 6 standard deviations above its mean. */
    private static void assertUniform(int[] counts, long total, String what) {
        int d = counts.length - 1;
        double limit = d + 6 * Math.sqrt(2.0 * d);
        double chi = chiSquare(counts, total);
        assertTrue(chi < limit, what + ": chi-square " + chi + " >= " + limit);
    }

    /** Low 10 bits and top byte of hash(key) for the given keys, checked for uniformity. */
    private static void assertSpread(LongUnaryOperator hash, long[] keys, String what) {
        int[] buckets = new int[1 << 10];
        int[] tops = new int[256];
        for (long k : keys) {
            long h = hash.applyAsLong(k);
            buckets[(int) h & 1023]++;
            tops[(int) (h >>> 56)]++;
        }
        assertUniform(buckets, keys.length, what + ", low 10 bits");
        assertUniform(tops, keys.length, what + ", top 8 bits");
    }

    @Test
    void sameSeedSameHash() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextLong();
            long seed = random.nextLong();
            assertEquals(Hashing.mix(key, seed), Hashing.mix(key, seed));
            assertEquals(Hashing.mixHashCode((int) key, seed), Hashing.mixHashCode((int) key, seed));
        }
    }

    @Test
    void differentSeedsDifferentHashes() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextLong();
            long seed = random.nextLong();
            long other = seed ^ (1L << random.nextInt(64));
            assertNotEquals(Hashing.mix(key, seed), Hashing.mix(key, other));
            assertNotEquals(Hashing.mixHashCode((int) key, seed), Hashing.mixHashCode((int) key, other));
        }
        // The same keys under two seeds land in unrelated buckets.
        int same = 0;
        for (long key = 0; key < 65_536; key++) {
            if ((Hashing.mix(key, 1) & 1023) == (Hashing.mix(key, 2) & 1023)) {
                same++;
            }
        }
        assertTrue(same < 200, same + " of 65536 keys kept their bucket across seeds (expected ~64)");
    }

    @Test
    void flippingOneKeyBitFlipsAboutHalfTheOutput() {
        SplittableRandom random = new SplittableRandom(3);
        long total = 0;
        int samples = 0;
        int[] flipsPerOutputBit = new int[64];
        for (int i = 0; i < 2_000; i++) {
            long key = random.nextLong();
            long seed = random.nextLong();
            long h = Hashing.mix(key, seed);
            for (int bit = 0; bit < 64; bit++) {
                long diff = h ^ Hashing.mix(key ^ (1L << bit), seed);
                total += Long.bitCount(diff);
                samples++;
                for (int out = 0; out < 64; out++) {
                    flipsPerOutputBit[out] += (int) (diff >>> out) & 1;
                }
            }
        }
        double average = (double) total / samples;
        assertTrue(average > 30 && average < 34, "average flipped bits " + average);
        for (int out = 0; out < 64; out++) {
            double p = (double) flipsPerOutputBit[out] / samples;
            assertTrue(p > 0.4 && p < 0.6, "output bit " + out + " flips with probability " + p);
        }
    }

    @Test
    void flippingOneSeedBitFlipsAboutHalfTheOutput() {
        SplittableRandom random = new SplittableRandom(4);
        long total = 0;
        int samples = 0;
        for (int i = 0; i < 2_000; i++) {
            long key = random.nextLong();
            long seed = random.nextLong();
            long h = Hashing.mix(key, seed);
            for (int bit = 0; bit < 64; bit++) {
                total += Long.bitCount(h ^ Hashing.mix(key, seed ^ (1L << bit)));
                samples++;
            }
        }
        double average = (double) total / samples;
        assertTrue(average > 30 && average < 34, "average flipped bits " + average);
    }

    @Test
    void sequentialKeysSpreadEvenly() {
        long[] keys = new long[1 << 16];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i;
        }
        for (long seed : SEEDS) {
            assertSpread(k -> Hashing.mix(k, seed), keys, "mix, sequential keys, seed " + seed);
            assertSpread(k -> Hashing.mixHashCode((int) k, seed), keys, "mixHashCode, sequential, seed " + seed);
            assertSpread(k -> Hashing.mix(-k, seed), keys, "mix, negative sequential keys, seed " + seed);
        }
    }

    @Test
    void multiplesOfPowersOfTwoDoNotCollideInTheLowBits() {
        // 4096 keys into 4096 buckets: random hashes fill ~63.2% of them (2589.5, sd ~20).
        int n = 4096;
        for (long seed : SEEDS) {
            for (int k = 0; k <= 52; k++) {
                BitSet used = new BitSet(n);
                int[] tops = new int[256];
                for (long i = 0; i < n; i++) {
                    long h = Hashing.mix(i << k, seed);
                    used.set((int) h & (n - 1));
                    tops[(int) (h >>> 56)]++;
                }
                int buckets = used.cardinality();
                assertTrue(buckets > 2450, "keys i << " + k + ", seed " + seed + ": only " + buckets + " buckets");
                assertUniform(tops, n, "keys i << " + k + ", top 8 bits, seed " + seed);
            }
            for (int k = 0; k <= 20; k++) {
                BitSet used = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    used.set((int) Hashing.mixHashCode(i << k, seed) & (n - 1));
                }
                assertTrue(
                        used.cardinality() > 2450,
                        "hash codes i << " + k + ", seed " + seed + ": only " + used.cardinality() + " buckets");
            }
        }
    }

    @Test
    void keysDifferingOnlyInTheHighBitsSpread() {
        long[] keys = new long[1 << 16];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) i << 48;
        }
        for (long seed : SEEDS) {
            assertSpread(k -> Hashing.mix(k, seed), keys, "keys i << 48, seed " + seed);
        }
    }

    @Test
    void floatingPointKeysHashLikeEquals() {
        long seed = 7;
        double otherNaN = Double.longBitsToDouble(0x7FF8_0000_0000_0001L);
        assertTrue(Double.isNaN(otherNaN));
        // Generated maps mix the canonical bit patterns, as KeyKind.toStorage writes them.
        assertEquals(
                Hashing.mix(Double.doubleToLongBits(Double.NaN), seed),
                Hashing.mix(Double.doubleToLongBits(otherNaN), seed));
        assertNotEquals(
                Hashing.mix(Double.doubleToLongBits(0.0), seed), Hashing.mix(Double.doubleToLongBits(-0.0), seed));

        float otherFloatNaN = Float.intBitsToFloat(0x7FC0_0001);
        assertTrue(Float.isNaN(otherFloatNaN));
        assertEquals(
                Hashing.mix(Float.floatToIntBits(Float.NaN), seed),
                Hashing.mix(Float.floatToIntBits(otherFloatNaN), seed));
        assertNotEquals(Hashing.mix(Float.floatToIntBits(0.0f), seed), Hashing.mix(Float.floatToIntBits(-0.0f), seed));
    }

    /** 2^16 distinct strings of 16 chars that all share one {@code String.hashCode()}. */
    private static String[] equalHashCodeStrings() {
        String[] strings = new String[1 << 16];
        for (int i = 0; i < strings.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 0; bit < 16; bit++) {
                sb.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            strings[i] = sb.toString();
        }
        return strings;
    }

    @Test
    void stringsSharingOneHashCodeSpread() {
        String[] strings = equalHashCodeStrings();
        for (String s : strings) {
            assertEquals(strings[0].hashCode(), s.hashCode());
        }
        long[] indexes = new long[strings.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        for (long seed : SEEDS) {
            assertSpread(i -> Hashing.mixString(strings[(int) i], seed), indexes, "Aa/BB strings, seed " + seed);
        }
    }

    @Test
    void stringHashDependsOnEveryCharacterLengthAndSeed() {
        long seed = 99;
        assertEquals(Hashing.mixString("hello", seed), Hashing.mixString(new String("hello"), seed));
        assertNotEquals(Hashing.mixString("hello", seed), Hashing.mixString("hello", seed + 1));
        assertNotEquals(Hashing.mixString("a", seed), Hashing.mixString("a\0", seed));
        assertNotEquals(Hashing.mixString("", seed), Hashing.mixString("\0", seed));
        assertNotEquals(Hashing.mixString("", seed), Hashing.mixString(null, seed));
        assertEquals(Hashing.mixString(null, seed), Hashing.mixString(null, seed));
        String base = "abcdefghijklmnopq";
        for (int i = 0; i < base.length(); i++) {
            String changed = base.substring(0, i) + 'Z' + base.substring(i + 1);
            assertNotEquals(Hashing.mixString(base, seed), Hashing.mixString(changed, seed), "char " + i);
        }
    }
}
