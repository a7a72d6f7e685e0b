package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketsTest {

    @Test
    void slotConstantsAgree() {
        assertEquals(8, Buckets.SLOTS);
        assertEquals(Buckets.SLOTS, 1 << Buckets.SLOT_SHIFT);
        assertEquals(Buckets.SLOTS - 1, Buckets.SLOT_MASK);
        // One tophash byte per slot fills one long exactly.
        assertEquals(Long.BYTES, Buckets.SLOTS);
    }

    @Test
    void bucketOfTakesTheLowBits() {
        assertEquals(0, Buckets.bucketOf(-1L, 0));
        assertEquals(5, Buckets.bucketOf(0xFFFF_FFFF_FFFF_FFF5L, 3));
        assertEquals(0x3FF, Buckets.bucketOf(-1L, 10));
        assertEquals((1 << 27) - 1, Buckets.bucketOf(-1L, 27));
        assertEquals(0x1234, Buckets.bucketOf(0xABCD_0000_0000_1234L, 16));
    }

    @Test
    void loadFactorTableReproducesTheDesignComment() {
        // The simulation behind Buckets' table, small: at load 6.5 about 20.8% of the
        // buckets have an overflow bucket (Go measured 20.90%).
        LoadFactorTable.Table table = new LoadFactorTable.Table(12);
        SplittableRandom random = new SplittableRandom(8);
        int n = (int) Growth.capacity(12);
        for (int i = 0; i < n; i++) {
            table.insert(random.nextLong());
        }
        double percent = 100.0 * table.bucketsWithOverflow() / table.buckets;
        assertTrue(percent > 18.5 && percent < 23, "overflow " + percent + "%");
    }
}
