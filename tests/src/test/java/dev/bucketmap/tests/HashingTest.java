package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Structured key families, the kind that defeats weak hashes (keys differing only in high
 * bits, or all with the same {@code Long.hashCode}), spread over the buckets like random
 * keys: the table doubles only for load and keeps few overflow buckets.
 */
class HashingTest {

    enum Family {
        SEQUENTIAL(i -> i),
        NEGATIVE(i -> -i),
        HIGH_BITS_ONLY(i -> i << 44),
        TOP_BYTE_AND_LOW_BITS(i -> (i & 0xFF) << 56 | (i >>> 8)),
        SAME_LONG_HASHCODE(i -> i << 32 | i),
        MULTIPLES_OF_1024(i -> i * 1024),
        MULTIPLES_OF_2_POW_32(i -> i * (1L << 32)),
        NEAR_MIN_VALUE(i -> Long.MIN_VALUE + i),
        FIBONACCI(i -> i * 0x9E37_79B9_7F4A_7C15L),
        BYTE_LANES(i -> (i & 0xF) | (i >>> 4 & 0xF) << 16 | (i >>> 8 & 0xF) << 32 | (i >>> 12) << 48);

        final LongUnaryOperator key;

        Family(LongUnaryOperator key) {
            this.key = key;
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void structuredKeysSpread(Family family) {
        int n = 50_000; // 2^13 buckets at load 6.1
        BucketMap_JufMap m = new BucketMap_JufMap();
        Map<Long, String> mirror = new HashMap<>();
        for (long i = 0; i < n; i++) {
            long k = family.key.applyAsLong(i);
            assertEquals(null, m.put(k, "s"), () -> family + ": key " + k + " repeats: a bad family");
            mirror.put(k, "s");
        }
        MapStats st = m.stats();
        String ctx = family + ": " + st;
        assertEquals(13, st.log2Buckets(), ctx);
        assertEquals(0, st.sameSizeGrowths(), ctx);
        // Random keys at load 6.1 overflow about 16% of the buckets; 35% means clustering.
        assertTrue(st.overflowBuckets() <= 0.35 * st.buckets(), () -> ctx + ": too many overflow buckets");
        Subject s = new Subject("JufMap", m, m, m::stats);
        Contents.assertSame(s, mirror, family.toString());
    }

    /**
     * The same keys inserted into an empty table of the same size lay out identically under
     * one seed. The number of overflow buckets they need differs between seeds, so its
     * varying shows that each map, and each clear(), draws a new seed.
     */
    @Test
    void eachMapAndEachClearDrawsANewSeed() {
        int n = 1600; // 2^8 buckets at load 6.25: about 40 overflow buckets, varying with the seed
        Set<Integer> perMap = new HashSet<>();
        for (int round = 0; round < 20; round++) {
            BucketMap_JufMap m = new BucketMap_JufMap();
            fill(m, n);
            perMap.add(m.stats().overflowBuckets());
        }
        assertTrue(
                perMap.size() >= 2,
                () -> "20 new maps with the same keys all needed the same number of" + " overflow buckets " + perMap
                        + ": do maps share a seed?");

        BucketMap_JufMap m = new BucketMap_JufMap();
        fill(m, n);
        int log2 = m.stats().log2Buckets();
        Set<Integer> perClear = new HashSet<>();
        for (int round = 0; round < 20; round++) {
            m.clear();
            fill(m, n);
            MapStats st = m.stats();
            assertEquals(log2, st.log2Buckets(), "clear() keeps the bucket count");
            perClear.add(st.overflowBuckets());
        }
        assertTrue(
                perClear.size() >= 2,
                () -> "refilling one map with the same keys after each of 20 clear()"
                        + " calls always needed the same number of overflow buckets " + perClear
                        + ": clear() does not draw a new seed");
    }

    private static void fill(BucketMap_JufMap m, int n) {
        for (long i = 0; i < n; i++) {
            m.put(i * 0x9E37_79B9_7F4A_7C15L, "s");
        }
    }
}
