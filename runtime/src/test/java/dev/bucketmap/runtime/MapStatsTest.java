package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapStatsTest {

    @Test
    void derivedValues() {
        MapStats stats = new MapStats(13, 1, 1, false, false, 0, 1, 0);
        assertEquals(2, stats.buckets());
        assertEquals(6.5, stats.loadFactor());
        assertEquals(1, new MapStats(0, 0, 0, false, false, 0, 0, 0).buckets());
        assertEquals(0.0, new MapStats(0, 0, 0, false, false, 0, 0, 0).loadFactor());
        assertEquals(1 << 27, new MapStats(5, 27, 0, false, false, 0, 0, 0).buckets());
    }

    @Test
    void toStringIsOneReadableLine() {
        String s = new MapStats(13, 1, 3, true, true, 1, 2, 4).toString();
        assertFalse(s.contains("\n"), s);
        for (String part : new String[] {
            "size=13",
            "log2Buckets=1",
            "buckets=2",
            "loadFactor=6.50",
            "overflowBuckets=3",
            "growing=true",
            "sameSizeGrowth=true",
            "evacuatedOldBuckets=1",
            "growths=2",
            "sameSizeGrowths=4"
        }) {
            assertTrue(s.contains(part), s + " lacks " + part);
        }
    }

    @Test
    void recordComponents() {
        MapStats stats = new MapStats(100, 4, 2, true, false, 3, 4, 1);
        assertEquals(100, stats.size());
        assertEquals(4, stats.log2Buckets());
        assertEquals(2, stats.overflowBuckets());
        assertTrue(stats.growing());
        assertFalse(stats.sameSizeGrowth());
        assertEquals(3, stats.evacuatedOldBuckets());
        assertEquals(4, stats.growths());
        assertEquals(1, stats.sameSizeGrowths());
        assertEquals(stats, new MapStats(100, 4, 2, true, false, 3, 4, 1));
        assertEquals(stats.hashCode(), new MapStats(100, 4, 2, true, false, 3, 4, 1).hashCode());
    }

    @Test
    void rejectsNegativeValues() {
        assertRejects("size", () -> new MapStats(-1, 0, 0, false, false, 0, 0, 0));
        assertRejects("log2Buckets", () -> new MapStats(0, -1, 0, false, false, 0, 0, 0));
        assertRejects("overflowBuckets", () -> new MapStats(0, 0, -1, false, false, 0, 0, 0));
        assertRejects("evacuatedOldBuckets", () -> new MapStats(0, 0, 0, false, false, -1, 0, 0));
        assertRejects("growths", () -> new MapStats(0, 0, 0, false, false, 0, -1, 0));
        assertRejects("sameSizeGrowths", () -> new MapStats(0, 0, 0, false, false, 0, 0, -1));
        assertRejects("log2Buckets", () -> new MapStats(0, 31, 0, false, false, 0, 0, 0));
    }

    private static void assertRejects(String component, Runnable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct::run);
        assertTrue(e.getMessage().startsWith(component + " must be"), e.getMessage());
    }
}
