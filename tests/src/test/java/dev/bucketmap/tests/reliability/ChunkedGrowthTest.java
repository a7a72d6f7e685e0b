package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A growing table allocates its 512-bucket chunks as evacuation reaches them. These tests grow an
 * {@code int → int} map from 2^12 to 2^13 buckets (16 chunks, most of them missing at first) and,
 * in the middle of that growth, check the structure, walk the map, remove through a cursor and
 * clear it, always against a {@code HashMap}.
 */
class ChunkedGrowthTest {
    /** More than 6.5 entries per bucket of 2^12 buckets: the insert after this starts a doubling. */
    private static final int BEFORE_DOUBLING = 13 * (1 << 12) / 2;

    @Test
    void aDoublingIntoMissingChunksKeepsEveryInvariantAtEveryStep() {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        fill(map, expected, random, BEFORE_DOUBLING);
        int checked = 0;
        while (!map.stats().growing()
                || map.stats().evacuatedOldBuckets() < map.stats().buckets() / 2 / 2) {
            put(map, expected, random.nextInt(), random.nextInt());
            assertTrue(map.size() < 2 * BEFORE_DOUBLING, "the doubling started and got half way");
        }
        assertEquals(13, map.stats().log2Buckets());
        while (map.stats().growing()) {
            put(map, expected, random.nextInt(), random.nextInt());
            assertTrue(map.size() < 2 * BEFORE_DOUBLING, "the doubling ended");
            if (++checked % 7 == 0) {
                map.checkInvariants();
            }
        }
        map.checkInvariants();
        assertSame(expected, map);
    }

    @Test
    void aWalkInTheMiddleOfAGrowthSeesEveryEntryOnce() {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(12);
        fill(map, expected, random, BEFORE_DOUBLING + 100);
        assertTrue(map.stats().growing(), "still evacuating");

        Map<Integer, Integer> seen = new HashMap<>();
        IntIntMap.Cursor cursor = map.cursor();
        while (cursor.next()) {
            assertEquals(null, seen.put(cursor.key(), cursor.value()), "key seen twice: " + cursor.key());
        }
        assertEquals(expected, seen);
    }

    @Test
    void removingThroughACursorDuringTheGrowthMatchesHashMap() {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(13);
        fill(map, expected, random, BEFORE_DOUBLING + 10);
        assertTrue(map.stats().growing(), "still evacuating");

        Map<Integer, Integer> seen = new HashMap<>();
        IntIntMap.Cursor cursor = map.cursor();
        int visited = 0;
        while (cursor.next()) {
            assertEquals(null, seen.put(cursor.key(), cursor.value()), "key seen twice: " + cursor.key());
            if (visited++ % 3 == 0) {
                expected.remove(cursor.key());
                cursor.remove();
            }
        }
        assertEquals(BEFORE_DOUBLING + 10, seen.size(), "every entry visited once");
        map.checkInvariants();
        assertSame(expected, map);
    }

    @Test
    void clearingInTheMiddleOfAGrowthLeavesAWholeEmptyTable() {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(14);
        fill(map, expected, random, BEFORE_DOUBLING + 50);
        assertTrue(map.stats().growing(), "still evacuating");

        map.clear();
        expected.clear();
        map.checkInvariants();
        assertEquals(13, map.stats().log2Buckets(), "clear keeps the bucket count");
        fill(map, expected, random, 40_000);
        map.checkInvariants();
        assertSame(expected, map);
    }

    private static void fill(
            BucketMap_IntIntMap map, Map<Integer, Integer> expected, SplittableRandom random, int size) {
        while (map.size() < size) {
            put(map, expected, random.nextInt(), random.nextInt());
        }
        assertEquals(expected.size(), map.size());
    }

    private static void put(BucketMap_IntIntMap map, Map<Integer, Integer> expected, int key, int value) {
        Integer old = expected.put(key, value);
        assertEquals(old == null ? 0 : old, map.put(key, value), "put " + key);
    }

    private static void assertSame(Map<Integer, Integer> expected, BucketMap_IntIntMap map) {
        assertEquals(expected.size(), map.size());
        for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
            assertTrue(map.containsKey(e.getKey()), "missing " + e.getKey());
            assertEquals(e.getValue(), map.get(e.getKey()), "value of " + e.getKey());
        }
    }
}
