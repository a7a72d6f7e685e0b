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
