package dev.bucketmap.tests.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The views against a HashMap mirror while the table grows: an iteration that removes entries
 * through its iterator, sets values through its entries and overwrites values through the map
 * (writes that evacuate buckets under it) still returns every entry exactly once, and leaves the
 * map equal to the mirror. Both kinds of growth, for primitive, String and record keys.
 */
class ViewsDuringGrowthTest {

    enum View {
        ENTRIES,
        KEYS,
        VALUES
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (MapKind<?, ?> kind : List.of(MapKind.LONG_STRING, MapKind.INT_INT, MapKind.STRING_STRING, MapKind.CELL)) {
            for (View view : View.values()) {
                cases.add(Arguments.of(kind, view));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void iterationWithRemovalsDuringADoubling(MapKind<?, ?> kind, View view) {
        for (int removePercent : new int[] {5, 30, 90}) {
            doubling(kind, view, removePercent);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void iterationWithRemovalsDuringASameSizeGrowth(MapKind<?, ?> kind, View view) {
        for (int removePercent : new int[] {5, 30, 90}) {
            sameSize(kind, view, removePercent);
        }
    }

    private static <K, V> void doubling(MapKind<K, V> kind, View view, int removePercent) {
        long seed = kind.name().hashCode() * 31L + view.ordinal() * 7L + removePercent;
        Map<K, V> map = kind.create();
        Map<K, V> mirror = new HashMap<>();
        int n = 0;
        MapStats st;
        do { // doubling from 2^9 buckets to 2^10
            K k = kind.filler().apply(n);
            V v = kind.values().get(n % 5);
            map.put(k, v);
            mirror.put(k, v);
            n++;
            st = kind.statsOf(map);
        } while (!(st.growing() && st.log2Buckets() == 10));
        assertFalse(st.sameSizeGrowth());
        iterate(kind, map, mirror, view, removePercent, seed, "doubling, seed " + seed);
    }

    private static <K, V> void sameSize(MapKind<K, V> kind, View view, int removePercent) {
        long seed = kind.name().hashCode() * 37L + view.ordinal() * 11L + removePercent;
        int log2 = 8;
        Map<K, V> map = kind.factory().apply(PreGrown.presize(log2));
        int next = PreGrown.prime(kind, map, kind.values().get(0), seed, 0);
        Map<K, V> mirror = new HashMap<>();
        // 100 inserts evacuate at most 200 of the 256 old buckets: still growing afterwards.
        for (int i = 0; i < 100; i++) {
            K k = kind.filler().apply(next + i);
            V v = kind.values().get(i % 5);
            map.put(k, v);
            mirror.put(k, v);
        }
        MapStats st = kind.statsOf(map);
        assertTrue(st.growing() && st.sameSizeGrowth(), st::toString);
        iterate(kind, map, mirror, view, removePercent, seed, "same-size growth, seed " + seed);
    }

    /**
     * One iteration of {@code view}: removes {@code removePercent}% of the entries through the
     * iterator; for entries, sets a tenth of the values through the entry and overwrites another
     * tenth through {@code map.put} (non-structural writes that still evacuate buckets).
     */
    private static <K, V> void iterate(
            MapKind<K, V> kind, Map<K, V> map, Map<K, V> mirror, View view, int removePercent, long seed, String ctx) {
        Random rnd = new Random(seed);
        MapStats before = kind.statsOf(map);
        assertTrue(before.growing(), ctx);
        Set<K> seenKeys = new HashSet<>();
        List<V> seenValues = new ArrayList<>();
        Map<K, V> expected = new HashMap<>(mirror);
        Iterator<?> it = switch (view) {
            case ENTRIES -> map.entrySet().iterator();
            case KEYS -> map.keySet().iterator();
            case VALUES -> map.values().iterator();
        };
        int steps = 0;
        int removed = 0;
        while (it.hasNext()) {
            Object element = it.next();
            if (steps++ % 100 == 0) {
                kind.checkInvariants(map);
            }
            K key;
            if (element instanceof Map.Entry<?, ?> e) {
                @SuppressWarnings("unchecked")
                K k = (K) e.getKey();
                key = k;
                assertEquals(expected.get(key), e.getValue(), ctx);
            } else if (view == View.KEYS) {
                @SuppressWarnings("unchecked")
                K k = (K) element;
                key = k;
            } else {
                @SuppressWarnings("unchecked")
                V v = (V) element;
                seenValues.add(v);
                key = null;
            }
            if (key != null) {
                assertTrue(seenKeys.add(key), () -> ctx + ": " + key + " returned twice");
                assertTrue(mirror.containsKey(key), () -> ctx + ": " + key + " is not in the map");
            }
            int roll = rnd.nextInt(100);
            if (roll < removePercent) {
                it.remove();
                removed++;
                if (key != null) {
                    mirror.remove(key);
                }
            } else if (element instanceof Map.Entry<?, ?> && roll < removePercent + (100 - removePercent) / 10) {
                @SuppressWarnings("unchecked")
                Map.Entry<K, V> e = (Map.Entry<K, V>) element;
                V v = kind.values().get(rnd.nextInt(5));
                e.setValue(v);
                mirror.put(key, v);
                assertEquals(v, e.getValue(), ctx);
            } else if (element instanceof Map.Entry<?, ?> && roll < removePercent + (100 - removePercent) / 5) {
                V v = kind.values().get(rnd.nextInt(5));
                map.put(key, v); // an overwrite: no structural change, the iteration goes on
                mirror.put(key, v);
            }
        }
        assertEquals(expected.size(), steps, () -> ctx + ": the iteration returned " + " a wrong number of elements");
        if (view == View.VALUES) {
            List<V> all = new ArrayList<>(expected.values());
            for (V v : seenValues) {
                assertTrue(all.remove(v), () -> ctx + ": value " + v + " returned too often");
            }
            assertTrue(all.isEmpty(), ctx);
            // The values view does not say which keys it removed: what is left must be the
            // expected entries less as many as were removed.
            assertEquals(expected.size() - removed, map.size(), ctx);
            for (Map.Entry<K, V> e : copy(map).entrySet()) {
                assertTrue(expected.containsKey(e.getKey()), ctx);
                assertEquals(expected.get(e.getKey()), e.getValue(), ctx);
            }
            mirror.clear();
            mirror.putAll(copy(map));
        } else {
            assertEquals(expected.keySet(), seenKeys, ctx);
        }
        assertEquals(mirror, map, ctx);
        assertEquals(map, mirror, ctx);
        assertEquals(mirror.hashCode(), map.hashCode(), ctx);
        kind.checkInvariants(map);
        MapStats after = kind.statsOf(map);
        assertEquals(mirror.size(), after.size(), ctx);
        assertTrue(!after.growing() || after.evacuatedOldBuckets() >= before.evacuatedOldBuckets(), ctx);
        // A second, untouched iteration sees the rest exactly once.
        Set<K> again = new HashSet<>();
        for (K k : map.keySet()) {
            assertTrue(again.add(k), ctx);
        }
        assertEquals(mirror.keySet(), again, ctx);
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        Map<K, V> copy = new HashMap<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        return copy;
    }
}
