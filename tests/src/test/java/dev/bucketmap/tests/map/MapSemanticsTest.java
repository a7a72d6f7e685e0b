package dev.bucketmap.tests.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What the guava suites do not ask: Map's boxed methods beside the primitive forms on one object,
 * nulls refused by primitive kinds with the map unchanged, arguments of the wrong type, and
 * equality with other Map implementations.
 */
class MapSemanticsTest {

    @Test
    void primitiveFormsAndBoxedMethodsShareTheEntries() {
        BucketMap_IntIntMap m = new BucketMap_IntIntMap();
        assertEquals(0, m.put(1, 10)); // the form: absent is 0
        assertEquals(10, m.put(Integer.valueOf(1), Integer.valueOf(11))); // Map's put: previous value
        assertNull(m.put(Integer.valueOf(2), Integer.valueOf(20))); // Map's put: absent is null
        assertEquals(11, m.get(1));
        assertEquals(Integer.valueOf(20), m.get((Object) 2));
        assertNull(m.get((Object) 3), "Map.get answers null for a missing key, also for int values");
        assertEquals(0, m.get(3), "the form answers the absent value");
        assertEquals(7, m.getOrDefault(3, 7));
        assertNull(m.getOrDefault((Object) 3, null));
        assertEquals(31, m.addValue(2, 11));
        assertEquals(Integer.valueOf(31), m.get((Object) 2));
        assertEquals(Map.of(1, 11, 2, 31), m);
    }

    @Test
    void nullsForPrimitiveKindsThrowAndChangeNothing() {
        BucketMap_IntIntMap m = new BucketMap_IntIntMap();
        m.put(1, 10);
        Map<Integer, Integer> before = Map.copyOf(m);
        assertThrows(NullPointerException.class, () -> m.put(null, 1));
        assertThrows(NullPointerException.class, () -> m.put(2, null));
        assertThrows(NullPointerException.class, () -> m.putIfAbsent(2, null));
        assertThrows(NullPointerException.class, () -> m.replace(1, null));
        assertThrows(NullPointerException.class, () -> m.replace(1, 10, null));
        assertThrows(NullPointerException.class, () -> m.merge(2, null, Integer::sum));
        assertThrows(
                NullPointerException.class, () -> m.entrySet().iterator().next().setValue(null));
        assertThrows(NullPointerException.class, () -> m.replaceAll((k, v) -> null));
        Map<Integer, Integer> withNull = new LinkedHashMap<>();
        withNull.put(5, 50);
        withNull.put(6, null);
        assertThrows(NullPointerException.class, () -> m.putAll(withNull));
        assertEquals(before, m, "putAll refuses every null before its first put");
        assertFalse(m.replace(1, null, 11), "a null old value matches nothing");
        assertEquals(before, m);
    }

    @Test
    void aNullResultRemovesAlsoForPrimitiveValues() {
        BucketMap_CellMap m = new BucketMap_CellMap();
        Cell a = new Cell(1, "a");
        assertNull(m.computeIfAbsent(a, k -> null));
        assertFalse(m.containsKey(a), "computeIfAbsent inserts nothing for a null result");
        assertEquals(5L, m.compute(a, (k, v) -> v == null ? 5L : v + 1));
        assertEquals(6L, m.merge(a, 1L, Long::sum));
        assertEquals(8L, m.addValue(a, 2));
        assertNull(m.computeIfPresent(a, (k, v) -> null));
        assertTrue(m.isEmpty());
        m.put(a, 1L);
        assertNull(m.merge(a, 1L, (x, y) -> null));
        assertTrue(m.isEmpty());
        m.put(a, 1L);
        assertNull(m.compute(a, (k, v) -> null));
        assertTrue(m.isEmpty());
        m.put(null, 3L); // a reference key may be null
        assertEquals(3L, m.get(null));
    }

    @Test
    void argumentsOfTheWrongTypeAreAbsent() {
        BucketMap_LongStringMap m = new BucketMap_LongStringMap();
        m.put(1L, "one");
        assertNull(m.get((Object) 1)); // an Integer is not a Long, as in HashMap<Long, String>
        assertFalse(m.containsKey((Object) 1));
        assertNull(m.remove((Object) 1));
        assertFalse(m.remove((Object) 1L, 1));
        assertFalse(m.containsValue(1));
        assertNull(m.get(null));
        assertFalse(m.containsKey(null));
        assertFalse(m.keySet().remove("1"));
        assertFalse(m.entrySet().contains(Map.entry(1, "one")));
        assertTrue(m.entrySet().contains(Map.entry(1L, "one")));
        assertEquals("other", m.getOrDefault("1", "other"));
        assertEquals(Map.of(1L, "one"), m);
    }

    @Test
    void doubleKeysCompareLikeDoubleEquals() {
        BucketMap_DoubleMap m = new BucketMap_DoubleMap();
        m.put(0.0, 1.0);
        m.put(-0.0, 2.0);
        m.put(Double.NaN, 3.0);
        m.put(Double.longBitsToDouble(0x7ff8_0000_0000_0001L), 4.0); // another NaN: the same key
        assertEquals(3, m.size());
        Map<Double, Double> expected = new HashMap<>();
        expected.put(0.0, 1.0);
        expected.put(-0.0, 2.0);
        expected.put(Double.NaN, 4.0);
        assertEquals(expected, m);
        assertEquals(m, expected);
        assertEquals(expected.hashCode(), m.hashCode());
        assertTrue(m.containsValue(4.0));
        assertTrue(m.remove(Double.NaN, 4.0));
        assertEquals(2.0, m.get(-0.0));
    }

    @Test
    void equalToAnyMapWithTheSameMappings() {
        BucketMap_StringStringMap m = new BucketMap_StringStringMap();
        m.put("a", "A");
        m.put(null, null);
        Map<String, String> hash = new HashMap<>();
        hash.put("a", "A");
        hash.put(null, null);
        assertEquals(hash, m);
        assertEquals(m, hash);
        assertEquals(hash.hashCode(), m.hashCode());
        assertEquals(hash.toString().length(), m.toString().length());
        hash.put(null, "not null");
        assertNotEquals(m, hash, "a null value equals only a null value of a present key");
        hash.remove(null);
        hash.put("b", null);
        assertNotEquals(m, hash, "a null value of an absent key is not a null value");
        TreeMap<String, String> sorted = new TreeMap<>(Map.of("x", "X", "a", "A"));
        assertNotEquals(m, sorted, "a TreeMap throws on our null key: not equal, no exception");
        BucketMap_StringStringMap copy = new BucketMap_StringStringMap();
        copy.putAll(m);
        assertEquals(m, copy);
        assertNotEquals(m, new BucketMap_LongStringMap());
        assertNotEquals(m, "a string");
    }

    @Test
    void iteratorsFailFastWithoutLookahead() {
        BucketMap_LongStringMap m = new BucketMap_LongStringMap();
        for (long k = 0; k < 100; k++) {
            m.put(k, "v" + k);
        }
        Iterator<Long> it = m.keySet().iterator();
        it.next();
        m.put(1000L, "new");
        assertTrue(it.hasNext(), "hasNext() neither throws nor looks ahead");
        assertThrows(ConcurrentModificationException.class, it::next);
        assertThrows(ConcurrentModificationException.class, it::remove);

        Iterator<Map.Entry<Long, String>> entries = m.entrySet().iterator();
        assertThrows(IllegalStateException.class, entries::remove);
        Map.Entry<Long, String> first = entries.next();
        m.put(first.getKey(), "overwritten"); // not a structural change
        entries.remove();
        assertThrows(IllegalStateException.class, entries::remove);
        assertFalse(m.containsKey(first.getKey()));
        assertThrows(
                IllegalStateException.class,
                () -> first.setValue("gone"),
                "the entry of a removed key no longer writes through");
        int rest = 0;
        while (entries.hasNext()) {
            entries.next();
            rest++;
        }
        assertEquals(m.size(), rest);
        assertThrows(NoSuchElementException.class, entries::next);
    }

    @Test
    void viewsWriteThrough() {
        BucketMap_IntIntMap m = new BucketMap_IntIntMap();
        for (int k = 0; k < 1000; k++) {
            m.put(k, k * 10);
        }
        assertTrue(m.keySet().removeIf(k -> k % 2 == 0));
        assertEquals(500, m.size());
        assertTrue(m.values().removeIf(v -> v % 30 == 0));
        assertTrue(m.entrySet().removeIf(e -> e.getKey() > 900));
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            e.setValue(-e.getValue());
        }
        Map<Integer, Integer> expected = new HashMap<>();
        for (int k = 0; k < 1000; k++) {
            if (k % 2 != 0 && (k * 10) % 30 != 0 && k <= 900) {
                expected.put(k, -k * 10);
            }
        }
        assertEquals(expected, m);
        assertTrue(m.keySet().retainAll(java.util.Set.of(1, 7, 11)));
        assertEquals(Map.of(1, -10, 7, -70, 11, -110), m);
        assertTrue(m.entrySet().remove(Map.entry(7, -70)));
        assertFalse(m.entrySet().remove(Map.entry(11, 0)));
        m.values().clear();
        assertTrue(m.isEmpty());
    }
}
