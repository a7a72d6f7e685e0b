package dev.bucketmap.benchmarks.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the floor maps: a seeded random run of put, get and remove against
 * {@link HashMap}, growing through a dozen doublings, then removing most entries (so that
 * overflow chains empty and {@code emptyRest} runs reach across buckets) and refilling; after
 * each phase a traversal must visit every entry exactly once. And a write that finds the
 * {@code writing} flag taken fails as the generated maps' writes do.
 */
class FloorMapsTest {
    /** Keys drawn from {@code [0, RANGE)}: about a third of the operations hit a present key once the map is full. */
    private static final int RANGE = 60_000;

    private static final int OPS = 200_000;

    @Test
    void intInt() {
        SplittableRandom random = new SplittableRandom(16);
        FloorIntIntMap floor = new FloorIntIntMap();
        Map<Integer, Integer> expected = new HashMap<>();
        for (int phase = 0; phase < 3; phase++) {
            int removeShare = phase == 1 ? 80 : 25;
            for (int i = 0; i < OPS; i++) {
                int key = random.nextInt(RANGE) * 0x9E3779B1;
                int op = random.nextInt(100);
                if (op < removeShare) {
                    Integer old = expected.remove(key);
                    assertEquals(old == null ? 0 : old, floor.remove(key), "remove " + key);
                } else if (op < 60) {
                    int value = random.nextInt(1, Integer.MAX_VALUE);
                    Integer old = expected.put(key, value);
                    assertEquals(old == null ? 0 : old, floor.put(key, value), "put " + key);
                } else {
                    assertEquals(expected.getOrDefault(key, 0), floor.get(key), "get " + key);
                }
                assertEquals(expected.size(), floor.size());
            }
            Map<Integer, Integer> seen = new HashMap<>();
            FloorIntIntMap.Cursor c = floor.cursor();
            while (c.next()) {
                assertNull(seen.put(c.key(), c.value()), "visited twice: " + c.key());
            }
            assertEquals(expected, seen);
        }
    }

    @Test
    void longString() {
        SplittableRandom random = new SplittableRandom(17);
        FloorLongStringMap floor = new FloorLongStringMap();
        Map<Long, String> expected = new HashMap<>();
        String[] values = {"a", "b", "c", "d"};
        for (int phase = 0; phase < 3; phase++) {
            int removeShare = phase == 1 ? 80 : 25;
            for (int i = 0; i < OPS; i++) {
                long key = random.nextInt(RANGE) * 0x9E37_79B9_7F4A_7C15L;
                int op = random.nextInt(100);
                if (op < removeShare) {
                    assertEquals(expected.remove(key), floor.remove(key), "remove " + key);
                } else if (op < 60) {
                    String value = values[random.nextInt(values.length)];
                    assertEquals(expected.put(key, value), floor.put(key, value), "put " + key);
                } else {
                    assertEquals(expected.get(key), floor.get(key), "get " + key);
                }
                assertEquals(expected.size(), floor.size());
            }
            Map<Long, String> seen = new HashMap<>();
            FloorLongStringMap.Cursor c = floor.cursor();
            while (c.next()) {
                assertNull(seen.put(c.key(), c.value()), "visited twice: " + c.key());
            }
            assertEquals(expected, seen);
        }
    }

    @Test
    void stringInt() {
        SplittableRandom random = new SplittableRandom(18);
        FloorStringIntMap floor = new FloorStringIntMap();
        Map<String, Integer> expected = new HashMap<>();
        for (int phase = 0; phase < 3; phase++) {
            int removeShare = phase == 1 ? 80 : 25;
            for (int i = 0; i < OPS; i++) {
                int n = random.nextInt(RANGE);
                // A fresh String each time, so equality is by characters; n == 0 is the null key.
                String key = n == 0 ? null : new String("k" + n);
                int op = random.nextInt(100);
                if (op < removeShare) {
                    Integer old = expected.remove(key);
                    assertEquals(old == null ? 0 : old, floor.remove(key), "remove " + key);
                } else if (op < 45) {
                    int value = random.nextInt(1, 1_000_000);
                    Integer old = expected.put(key, value);
                    assertEquals(old == null ? 0 : old, floor.put(key, value), "put " + key);
                } else if (op < 60) {
                    int sum = expected.merge(key, 3, Integer::sum);
                    assertEquals(sum, floor.addValue(key, 3), "addValue " + key);
                } else {
                    assertEquals(expected.getOrDefault(key, 0), floor.get(key), "get " + key);
                }
                assertEquals(expected.size(), floor.size());
            }
            Map<String, Integer> seen = new HashMap<>();
            FloorStringIntMap.Cursor c = floor.cursor();
            while (c.next()) {
                assertEquals(null, seen.put(c.key(), c.value()), "visited twice: " + c.key());
            }
            assertEquals(expected, seen);
        }
    }

    @Test
    void aWriteThatFindsAnotherRunningThrows() throws ReflectiveOperationException {
        FloorIntIntMap intInt = new FloorIntIntMap();
        FloorLongStringMap longString = new FloorLongStringMap();
        FloorStringIntMap stringInt = new FloorStringIntMap();
        for (Object map : new Object[] {intInt, longString, stringInt}) {
            Field writing = map.getClass().getDeclaredField("writing");
            writing.setAccessible(true);
            writing.setBoolean(map, true);
        }
        assertThrows(ConcurrentModificationException.class, () -> intInt.put(1, 1));
        assertThrows(ConcurrentModificationException.class, () -> intInt.remove(1));
        assertThrows(ConcurrentModificationException.class, () -> longString.put(1, "a"));
        assertThrows(ConcurrentModificationException.class, () -> longString.remove(1));
        assertThrows(ConcurrentModificationException.class, () -> stringInt.put("a", 1));
        assertThrows(ConcurrentModificationException.class, () -> stringInt.addValue("a", 1));
        assertThrows(ConcurrentModificationException.class, () -> stringInt.remove("a"));
        assertEquals(0, intInt.size() + longString.size() + stringInt.size());
    }
}
