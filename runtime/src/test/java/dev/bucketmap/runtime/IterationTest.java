package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IterationTest {

    @Test
    void startBucketAndSlotOffsetAreInRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int b = 0; b <= Growth.MAX_LOG2_BUCKETS; b++) {
            for (int i = 0; i < 1_000; i++) {
                long r = random.nextLong();
                int start = Iteration.startBucket(r, b);
                int offset = Iteration.slotOffset(r, b);
                assertTrue(start >= 0 && start < 1 << b, "B=" + b + ", start " + start);
                assertTrue(offset >= 0 && offset < Buckets.SLOTS, "offset " + offset);
                assertEquals(r & ((1L << b) - 1), start);
                assertEquals((r >>> b) & 7, offset);
            }
        }
        assertEquals(0, Iteration.startBucket(-1L, 0));
        assertEquals(7, Iteration.slotOffset(-1L, 0));
    }

    @Test
    void everyStartBucketAndOffsetOccurs() {
        int b = 8;
        BitSet starts = new BitSet();
        BitSet offsets = new BitSet();
        BitSet pairs = new BitSet();
        for (int i = 0; i < 100_000; i++) {
            long r = Iteration.random();
            int start = Iteration.startBucket(r, b);
            int offset = Iteration.slotOffset(r, b);
            starts.set(start);
            offsets.set(offset);
            pairs.set(start * Buckets.SLOTS + offset);
        }
        assertEquals(1 << b, starts.cardinality());
        assertEquals(Buckets.SLOTS, offsets.cardinality());
        assertEquals((1 << b) * Buckets.SLOTS, pairs.cardinality());
    }

    @Test
    void smallTablesStillGetEveryOffset() {
        BitSet offsets = new BitSet();
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, Iteration.startBucket(Iteration.random(), 0));
            offsets.set(Iteration.slotOffset(Iteration.random(), 0));
        }
        assertEquals(Buckets.SLOTS, offsets.cardinality());
    }

    @Test
    void traversalsStartDifferently() {
        assertNotEquals(Iteration.random(), Iteration.random());
    }
}
