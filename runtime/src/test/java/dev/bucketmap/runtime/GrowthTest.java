package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void loadFactorIsSixAndAHalf() {
        assertEquals(6.5, (double) Growth.LOAD_FACTOR_NUM / Growth.LOAD_FACTOR_DEN);
    }

    @Test
    void overLoadFactorBoundaries() {
        for (int count = 0; count <= 8; count++) {
            assertFalse(Growth.overLoadFactor(count, 0), "count " + count + " at B=0");
        }
        assertTrue(Growth.overLoadFactor(9, 0));
        assertFalse(Growth.overLoadFactor(13, 1));
        assertTrue(Growth.overLoadFactor(14, 1));
        assertFalse(Growth.overLoadFactor(26, 2));
        assertTrue(Growth.overLoadFactor(27, 2));
        assertFalse(Growth.overLoadFactor(52, 3));
        assertTrue(Growth.overLoadFactor(53, 3));
        // A bucket of B=1 must not double below 9 entries either.
        assertFalse(Growth.overLoadFactor(8, 1));
        for (int b = 1; b <= 30; b++) {
            long limit = 13L << (b - 1);
            assertFalse(Growth.overLoadFactor(limit, b), "B=" + b);
            assertTrue(Growth.overLoadFactor(limit + 1, b), "B=" + b);
        }
        // No overflow for huge counts and tables.
        assertTrue(Growth.overLoadFactor(Long.MAX_VALUE, 27));
        assertFalse(Growth.overLoadFactor(Integer.MAX_VALUE, 30));
    }

    @Test
    void tooManyOverflowBucketsCapsBAtFifteen() {
        assertFalse(Growth.tooManyOverflowBuckets(0, 0));
        assertTrue(Growth.tooManyOverflowBuckets(1, 0));
        assertFalse(Growth.tooManyOverflowBuckets(15, 4));
        assertTrue(Growth.tooManyOverflowBuckets(16, 4));
        for (int b = 0; b <= 15; b++) {
            assertFalse(Growth.tooManyOverflowBuckets((1 << b) - 1, b), "B=" + b);
            assertTrue(Growth.tooManyOverflowBuckets(1 << b, b), "B=" + b);
        }
        for (int b = 16; b <= Growth.MAX_LOG2_BUCKETS; b++) {
            assertFalse(Growth.tooManyOverflowBuckets(32_767, b), "B=" + b);
            assertTrue(Growth.tooManyOverflowBuckets(32_768, b), "B=" + b);
        }
    }

    @Test
    void log2BucketsForIsTheSmallestBNotOverTheLoadFactor() {
        for (int size = 0; size <= 100_000; size++) {
            int b = Growth.log2BucketsFor(size);
            assertFalse(Growth.overLoadFactor(size, b), "size " + size);
            assertTrue(b == 0 || Growth.overLoadFactor(size, b - 1), "size " + size + " fits in B=" + (b - 1));
            assertTrue(size <= Growth.capacity(b), "size " + size);
        }
        assertEquals(0, Growth.log2BucketsFor(8));
        assertEquals(1, Growth.log2BucketsFor(9));
        assertEquals(1, Growth.log2BucketsFor(13));
        assertEquals(2, Growth.log2BucketsFor(14));
        assertEquals(27, Growth.log2BucketsFor(872_415_232));
    }

    @Test
    void log2BucketsForRejectsNegativeSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Growth.log2BucketsFor(-3));
        assertEquals("expectedSize must be >= 0, was -3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Growth.log2BucketsFor(Integer.MIN_VALUE));
    }

    @Test
    void log2BucketsForRejectsSizesPastTheLimit() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Growth.log2BucketsFor(872_415_233));
        assertTrue(e.getMessage().contains("872415233"), e.getMessage());
        assertTrue(e.getMessage().contains("872415232"), e.getMessage());
        assertTrue(e.getMessage().contains("2^27"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Growth.log2BucketsFor(Integer.MAX_VALUE));
    }

    @Test
    void capacity() {
        assertEquals(8, Growth.capacity(0));
        assertEquals(13, Growth.capacity(1));
        assertEquals(52, Growth.capacity(3));
        assertEquals(872_415_232L, Growth.capacity(27));
        for (int b = 0; b <= 27; b++) {
            assertFalse(Growth.overLoadFactor(Growth.capacity(b), b), "B=" + b);
            assertTrue(Growth.overLoadFactor(Growth.capacity(b) + 1, b), "B=" + b);
        }
    }

    @Test
    void everySlotOfTheLargestTableHasAnIntRef() {
        long slots = (1L << Growth.MAX_LOG2_BUCKETS) * Buckets.SLOTS;
        assertTrue(slots - 1 <= Integer.MAX_VALUE, "main slot refs are bucket * 8 + slot");
        assertTrue(~(slots - 1) >= Integer.MIN_VALUE, "pool slot refs are their complements");
        assertEquals(Growth.MAX_LOG2_BUCKETS, Growth.maxLog2Buckets(), "tests run without the property");
    }

    @Test
    void countsOverflowAlwaysBelowSixteen() {
        SplittableRandom random = new SplittableRandom(5);
        for (int b = 0; b <= 15; b++) {
            for (int i = 0; i < 1_000; i++) {
                assertTrue(Growth.countsOverflow(b, random.nextLong()));
            }
        }
    }

    @Test
    void countsOverflowSamplesLargeTables() {
        SplittableRandom random = new SplittableRandom(6);
        int n = 1 << 20;
        for (int b = 16; b <= 27; b++) {
            int counted = 0;
            for (int i = 0; i < n; i++) {
                if (Growth.countsOverflow(b, random.nextLong())) {
                    counted++;
                }
            }
            double expected = (double) n / (1 << (b - 15));
            assertTrue(
                    Math.abs(counted - expected) < 6 * Math.sqrt(expected) + 1,
                    "B=" + b + ": counted " + counted + ", expected about " + expected);
        }
        // B=20: exactly the hashes whose bits 32..36 are zero.
        assertTrue(Growth.countsOverflow(20, 0xFFFF_FFE0_FFFF_FFFFL));
        assertFalse(Growth.countsOverflow(20, 0x0000_0010_0000_0000L));
        assertTrue(Growth.countsOverflow(20, 0x0000_0020_0000_0000L));
    }

    @Test
    void capacityExceededSaysWhatAndThatTheMapIsUnchanged() {
        IllegalStateException e = Growth.capacityExceeded(27);
        assertTrue(e.getMessage().contains("2^27"), e.getMessage());
        assertTrue(e.getMessage().contains("134217728"), e.getMessage());
        assertTrue(e.getMessage().contains("872415232"), e.getMessage());
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
    }

    @Test
    void maxLog2BucketsPropertyLowersTheLimit() {
        ChildJvm.Result result = ChildJvm.run(PrintGrowthLimit.class, "-Dbucketmap.maxLog2Buckets=4");
        assertEquals(0, result.exitCode(), result.stderr());
        String out = result.stdout();
        assertTrue(out.contains("maxLog2Buckets=4"), out);
        assertTrue(out.contains("log2BucketsFor(104)=4"), out);
        assertTrue(out.contains("IAE: expectedSize 105"), out);
        assertTrue(out.contains("2^4"), out);
        assertTrue(out.contains("ISE: "), out);
        assertTrue(out.contains("bucketmap.maxLog2Buckets=4"), out);
    }

    @Test
    void maxLog2BucketsPropertyZeroAllowsOneBucket() {
        ChildJvm.Result result = ChildJvm.run(PrintGrowthLimit.class, "-Dbucketmap.maxLog2Buckets=0");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("log2BucketsFor(8)=0"), result.stdout());
        assertTrue(result.stdout().contains("IAE: expectedSize 9"), result.stdout());
    }

    @Test
    void badMaxLog2BucketsFailsNamingTheProperty() {
        for (String bad : new String[] {"28", "-1", "x"}) {
            ChildJvm.Result result = ChildJvm.run(PrintGrowthLimit.class, "-Dbucketmap.maxLog2Buckets=" + bad);
            assertNotEquals(0, result.exitCode(), bad);
            assertTrue(result.stderr().contains("bucketmap.maxLog2Buckets"), result.stderr());
            assertTrue(result.stderr().contains("\"" + bad + "\""), result.stderr());
            assertTrue(result.stderr().contains("from 0 to 27"), result.stderr());
        }
    }
}
