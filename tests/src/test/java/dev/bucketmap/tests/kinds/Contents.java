package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/** Full comparisons of a generated map against the {@link HashMap} that mirrors it. */
final class Contents {
    private Contents() {}

    /** Equality and hashCode are checked against a rebuilt copy only up to this size. */
    static final int COPY_CHECK_LIMIT = 20_000;

    /**
     * Asserts that {@code m} holds exactly {@code expected}, through every read form and every
     * traversal: lookups, forEach, forEachKey, forEachValue, cursor, keys(), values(), hashCode,
     * equals, toString and stats().size(). Each traversal must visit each entry exactly once.
     */
    static <K, V> void assertSame(Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, Random rnd, String ctx) {
        assertEquals(expected.size(), m.size(), () -> ctx + ": size()");
        assertEquals(expected.isEmpty(), m.isEmpty(), () -> ctx + ": isEmpty()");
        assertEquals(expected.size(), m.stats().size(), () -> ctx + ": stats().size()");
        for (Map.Entry<K, V> e : expected.entrySet()) {
            K k = e.getKey();
            if (!m.containsKey(k)) {
                fail(ctx + ": containsKey(" + Show.of(k) + ") is false, expected a mapping to "
                        + Show.of(e.getValue()));
            }
            V got = m.get(k);
            if (!Objects.equals(e.getValue(), got)) {
                fail(ctx + ": get(" + Show.of(k) + ") = " + Show.of(got) + ", expected " + Show.of(e.getValue()));
            }
            V dflt = combo.values.draw(rnd);
            V orDefault = m.getOrDefault(k, dflt);
            if (!Objects.equals(e.getValue(), orDefault)) {
                fail(ctx + ": getOrDefault(" + Show.of(k) + ", " + Show.of(dflt) + ") = " + Show.of(orDefault)
                        + ", expected " + Show.of(e.getValue()));
            }
        }
        assertEntries(expected, viaForEach(m, ctx), ctx + ": forEach");
        assertEntries(expected, viaCursor(m, ctx), ctx + ": cursor");
        assertForEachKey(combo, m, expected, ctx);
        assertForEachValue(m, expected, ctx);
        assertKeysArray(combo, m, expected, ctx);
        assertValuesArray(combo, m, expected, ctx);
        assertToString(m, expected, ctx);
        if (expected.size() <= COPY_CHECK_LIMIT) {
            assertEqualsAndHashCode(combo, m, expected, rnd, ctx);
        } else {
            assertEquals(expected.hashCode(), m.map().hashCode(), () -> ctx + ": hashCode() against HashMap's");
        }
    }

    static <K, V> void assertEntries(Map<K, V> expected, Map<K, V> actual, String ctx) {
        if (expected.equals(actual)) {
            return;
        }
        for (Map.Entry<K, V> e : expected.entrySet()) {
            if (!actual.containsKey(e.getKey())) {
                fail(ctx + ": missing " + Show.of(e.getKey()) + "=" + Show.of(e.getValue()) + " (" + actual.size()
                        + " entries seen, " + expected.size() + " expected)");
            }
            if (!Objects.equals(e.getValue(), actual.get(e.getKey()))) {
                fail(ctx + ": " + Show.of(e.getKey()) + "=" + Show.of(actual.get(e.getKey())) + ", expected "
                        + Show.of(e.getValue()));
            }
        }
        for (Map.Entry<K, V> e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                fail(ctx + ": unexpected " + Show.of(e.getKey()) + "=" + Show.of(e.getValue()));
            }
        }
        fail(ctx + ": contents differ");
    }

    static <K, V> Map<K, V> viaForEach(KindOps<K, V> m, String ctx) {
        Map<K, V> seen = new HashMap<>();
        m.forEach((k, v) -> {
            if (seen.containsKey(k)) {
                fail(ctx + ": forEach visited key " + Show.of(k) + " twice");
            }
            seen.put(k, v);
        });
        return seen;
    }

    static <K, V> Map<K, V> viaCursor(KindOps<K, V> m, String ctx) {
        Map<K, V> seen = new HashMap<>();
        KindOps.Cursor<K, V> c = m.cursor();
        while (c.next()) {
            K k = c.key();
            if (seen.containsKey(k)) {
                fail(ctx + ": cursor visited key " + Show.of(k) + " twice");
            }
            seen.put(k, c.value());
        }
        assertFalse(c.next(), () -> ctx + ": cursor next() after the end");
        return seen;
    }

    static <K, V> void assertForEachKey(Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, String ctx) {
        List<Object> visited = new ArrayList<>(expected.size());
        m.forEachKey(visited::add);
        assertKeySet(expected, visited, ctx + ": forEachKey");
    }

    static <K, V> void assertForEachValue(KindOps<K, V> m, Map<K, V> expected, String ctx) {
        List<Object> visited = new ArrayList<>(expected.size());
        m.forEachValue(visited::add);
        assertEquals(multiset(expected.values()), multiset(visited), () -> ctx + ": forEachValue multiset");
    }

    static <K, V> void assertKeysArray(Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, String ctx) {
        Object keys = m.keys();
        assertEquals(combo.keys.arrayType(), keys.getClass(), () -> ctx + ": the type of keys()");
        assertKeySet(expected, ReflectiveOps.boxed(keys), ctx + ": keys()");
    }

    static <K, V> void assertValuesArray(Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, String ctx) {
        Object values = m.values();
        assertEquals(combo.values.arrayType(), values.getClass(), () -> ctx + ": the type of values()");
        List<Object> boxed = ReflectiveOps.boxed(values);
        assertEquals(expected.size(), boxed.size(), () -> ctx + ": values().length");
        assertEquals(multiset(expected.values()), multiset(boxed), () -> ctx + ": values() multiset");
    }

    private static void assertKeySet(Map<?, ?> expected, List<Object> keys, String ctx) {
        Set<Object> set = new HashSet<>(keys);
        if (set.size() != keys.size()) {
            for (Object k : keys) {
                if (!set.remove(k)) {
                    fail(ctx + ": key " + Show.of(k) + " appears twice");
                }
            }
        }
        assertEquals(expected.size(), keys.size(), () -> ctx + ": number of keys");
        if (!set.equals(expected.keySet())) {
            for (Object k : expected.keySet()) {
                if (!set.contains(k)) {
                    fail(ctx + ": key " + Show.of(k) + " is missing");
                }
            }
            fail(ctx + ": keys differ");
        }
    }

    /**
     * hashCode() equals the HashMap's; equals() holds with a rebuilt map of the same class and
     * fails once one value differs.
     */
    static <K, V> void assertEqualsAndHashCode(
            Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, Random rnd, String ctx) {
        assertEquals(
                new HashMap<>(expected).hashCode(), m.map().hashCode(), () -> ctx + ": hashCode() against HashMap's");
        KindOps<K, V> copy = combo.create();
        for (Map.Entry<K, V> e : expected.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        assertTrue(
                m.map().equals(copy.map()), () -> ctx + ": not equal to a map of the same class with the same entries");
        assertTrue(copy.map().equals(m.map()), () -> ctx + ": a map with the same entries is not equal to it");
        assertEquals(copy.map().hashCode(), m.map().hashCode(), () -> ctx + ": hashCode() of an equal map");
        assertFalse(m.map().equals(null), () -> ctx + ": equals(null)");
        assertFalse(m.map().equals(new HashMap<>()) && !expected.isEmpty(), () -> ctx + ": equals an empty HashMap");
        if (!expected.isEmpty()) {
            K k = expected.keySet().iterator().next();
            V old = expected.get(k);
            V other = combo.values.derive(rnd.nextLong());
            for (int i = 0; Objects.equals(old, other); i++) {
                other = combo.values.of(i);
            }
            copy.put(k, other);
            V shown = other;
            assertFalse(
                    m.map().equals(copy.map()),
                    () -> ctx + ": equal to a copy whose " + Show.of(k) + " maps to " + Show.of(shown) + " instead of "
                            + Show.of(old));
            assertFalse(
                    copy.map().equals(m.map()),
                    () -> ctx + ": a copy whose " + Show.of(k) + " maps to " + Show.of(shown) + " instead of "
                            + Show.of(old) + " is equal to it");
            copy.remove(k);
            assertFalse(m.map().equals(copy.map()), () -> ctx + ": equal to a copy without " + Show.of(k));
            // Same size, same values, one key swapped for another: still not equal (presence is
            // checked, not just "get returns the same", which would match absent with null/0).
            for (int i = 0; i < 50; i++) {
                K fresh = i % 2 == 0 ? combo.keys.random(rnd) : combo.keys.of(rnd.nextInt(1 << 20));
                if (!expected.containsKey(fresh)) {
                    copy.put(fresh, old);
                    assertFalse(
                            m.map().equals(copy.map()),
                            () -> ctx + ": equal to a copy with " + Show.of(fresh) + " instead of " + Show.of(k)
                                    + ", both mapped to " + Show.of(old));
                    assertFalse(
                            copy.map().equals(m.map()),
                            () -> ctx + ": a copy with " + Show.of(fresh) + " instead of " + Show.of(k)
                                    + " (both mapped to " + Show.of(old) + ") is equal to it");
                    break;
                }
            }
        }
    }

    /** {k1=v1, k2=v2}: exactly for up to one entry, by length and braces beyond. */
    static <K, V> void assertToString(KindOps<K, V> m, Map<K, V> expected, String ctx) {
        String s = m.map().toString();
        if (expected.size() <= 1) {
            String want = expected.isEmpty()
                    ? "{}"
                    : "{" + expected.keySet().iterator().next() + "="
                            + expected.values().iterator().next() + "}";
            assertEquals(want, s, () -> ctx + ": toString()");
            return;
        }
        long length = 2 + 2L * (expected.size() - 1);
        for (Map.Entry<K, V> e : expected.entrySet()) {
            length += String.valueOf(e.getKey()).length()
                    + 1
                    + String.valueOf(e.getValue()).length();
        }
        assertTrue(s.startsWith("{") && s.endsWith("}"), () -> ctx + ": toString() not in braces");
        long want = length;
        assertEquals(want, s.length(), () -> ctx + ": toString().length() of " + expected.size() + " entries");
    }

    /** Lookups of keys the map must not hold. */
    static <K, V> void assertAbsent(
            Combo<K, V> combo, KindOps<K, V> m, Map<K, V> expected, Random rnd, int tries, String ctx) {
        for (int i = 0; i <= tries; i++) {
            K k;
            if (i == tries) {
                if (!combo.keys.nullable) {
                    break;
                }
                k = null;
            } else {
                k = i % 2 == 0 ? combo.keys.random(rnd) : combo.keys.of(1_000_000 + rnd.nextInt(1 << 20));
            }
            if (expected.containsKey(k)) {
                continue;
            }
            K key = k;
            assertFalse(m.containsKey(key), () -> ctx + ": containsKey(" + Show.of(key) + ") of an absent key");
            V got = m.get(key);
            if (!Objects.equals(combo.absent, got)) {
                fail(ctx + ": get(" + Show.of(key) + ") of an absent key returned " + Show.of(got) + ", expected "
                        + Show.of(combo.absent));
            }
            V dflt = combo.values.draw(rnd);
            V orDefault = m.getOrDefault(key, dflt);
            if (!Objects.equals(dflt, orDefault)) {
                fail(ctx + ": getOrDefault(" + Show.of(key) + ", " + Show.of(dflt) + ") of an absent key returned "
                        + Show.of(orDefault));
            }
        }
    }

    /** The invariants between the numbers of {@code stats()}. */
    static void assertStatsConsistent(MapStats st, int size, String ctx) {
        assertEquals(size, st.size(), () -> ctx + ": stats().size() in " + st);
        assertTrue(st.log2Buckets() >= 0 && st.log2Buckets() <= 30, () -> ctx + ": log2Buckets in " + st);
        assertEquals(1L << st.log2Buckets(), st.buckets(), () -> ctx + ": buckets == 1 << log2Buckets in " + st);
        assertEquals((double) size / st.buckets(), st.loadFactor(), 1e-9, () -> ctx + ": loadFactor in " + st);
        assertTrue(
                st.loadFactor() <= 6.5 || st.log2Buckets() == 0 && size <= 8,
                () -> ctx + ": load factor above 6.5 in " + st);
        if (st.growing()) {
            long oldBuckets = st.sameSizeGrowth() ? st.buckets() : st.buckets() / 2;
            assertTrue(
                    st.evacuatedOldBuckets() <= oldBuckets,
                    () -> ctx + ": evacuatedOldBuckets beyond the old table (" + oldBuckets + ") in " + st);
        }
    }

    static Map<Object, Integer> multiset(Iterable<?> values) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Object v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }
}
