package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Full comparisons of a generated map against the {@link HashMap} that mirrors it. */
final class Contents {
    /** A value no map under test ever holds. */
    static final String SENTINEL = new String("<sentinel>");

    private Contents() {}

    /**
     * Asserts that {@code s} holds exactly {@code expected}, through every read form and every
     * kind of traversal: lookups, forEach, forEachKey, forEachValue, cursor, keys(), values(),
     * toString, hashCode and stats().size(). Each traversal must visit each entry exactly once.
     */
    static void assertSame(Subject s, Map<Long, String> expected, String context) {
        String ctx = s.name() + ", " + context;
        LongStringOps m = s.ops();
        assertEquals(expected.size(), m.size(), () -> ctx + ": size()");
        assertEquals(expected.isEmpty(), m.isEmpty(), () -> ctx + ": isEmpty()");
        assertEquals(expected.size(), s.stats().get().size(), () -> ctx + ": stats().size()");
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            long k = e.getKey();
            if (!m.containsKey(k)) {
                fail(ctx + ": containsKey(" + k + ") is false, expected mapping to " + e.getValue());
            }
            String got = m.get(k);
            if (!Objects.equals(e.getValue(), got)) {
                fail(ctx + ": get(" + k + ") = " + got + ", expected " + e.getValue());
            }
            String orDefault = m.getOrDefault(k, SENTINEL);
            if (!Objects.equals(e.getValue(), orDefault)) {
                fail(ctx + ": getOrDefault(" + k + ", sentinel) = " + orDefault + ", expected " + e.getValue());
            }
        }
        assertEquals(expected, viaForEach(s, ctx), () -> ctx + ": forEach contents");
        assertEquals(expected, viaCursor(s, ctx), () -> ctx + ": cursor contents");
        assertEquals(expected, parseToString(s.map().toString(), ctx), () -> ctx + ": toString contents");
        assertKeysAndValues(s, expected, ctx);
        assertEquals(expected.hashCode(), s.map().hashCode(), () -> ctx + ": hashCode()");
    }

    /** Keys, values, forEachKey and forEachValue as multisets (and keys with no repeats). */
    static void assertKeysAndValues(Subject s, Map<Long, String> expected, String ctx) {
        long[] want = sortedKeys(expected);
        long[] keys = s.ops().keys();
        assertEquals(expected.size(), keys.length, () -> ctx + ": keys().length");
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        assertSortedEquals(want, sorted, ctx + ": keys()");

        long[] visited = new long[expected.size()];
        int[] n = {0};
        s.ops().forEachKey(k -> {
            if (n[0] == visited.length) {
                fail(ctx + ": forEachKey visited more than size() = " + visited.length + " keys");
            }
            visited[n[0]++] = k;
        });
        assertEquals(visited.length, n[0], () -> ctx + ": forEachKey count");
        Arrays.sort(visited);
        assertSortedEquals(want, visited, ctx + ": forEachKey");

        Map<String, Integer> wantValues = multiset(expected.values());
        String[] values = s.ops().values();
        assertEquals(expected.size(), values.length, () -> ctx + ": values().length");
        assertEquals(wantValues, multiset(Arrays.asList(values)), () -> ctx + ": values() multiset");
        List<String> each = new ArrayList<>(expected.size());
        s.ops().forEachValue(each::add);
        assertEquals(wantValues, multiset(each), () -> ctx + ": forEachValue multiset");
    }

    static Map<Long, String> viaForEach(Subject s, String ctx) {
        Map<Long, String> seen = new HashMap<>();
        s.ops().forEach((k, v) -> {
            if (seen.containsKey(k)) {
                fail(ctx + ": forEach visited key " + k + " twice");
            }
            seen.put(k, v);
        });
        return seen;
    }

    static Map<Long, String> viaCursor(Subject s, String ctx) {
        Map<Long, String> seen = new HashMap<>();
        LongStringCursor c = s.ops().cursor();
        while (c.next()) {
            long k = c.key();
            if (seen.containsKey(k)) {
                fail(ctx + ": cursor visited key " + k + " twice");
            }
            seen.put(k, c.value());
        }
        assertFalse(c.next(), () -> ctx + ": next() after the end");
        return seen;
    }

    /** Parses {@code {k1=v1, k2=v2}}; values never contain ", " or "=" in these tests. */
    static Map<Long, String> parseToString(String text, String ctx) {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            fail(ctx + ": toString not in braces: " + abbreviate(text));
        }
        Map<Long, String> parsed = new HashMap<>();
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
            return parsed;
        }
        for (String pair : body.split(", ", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                fail(ctx + ": toString entry without '=': '" + pair + "' in " + abbreviate(text));
            }
            long k;
            try {
                k = Long.parseLong(pair.substring(0, eq));
            } catch (NumberFormatException ex) {
                throw new AssertionError(ctx + ": toString key not a long: '" + pair + "'", ex);
            }
            String v = pair.substring(eq + 1);
            if (parsed.containsKey(k)) {
                fail(ctx + ": toString shows key " + k + " twice");
            }
            parsed.put(k, v.equals("null") ? null : v);
        }
        return parsed;
    }

    /** Lookups of keys the map must not hold. */
    static void assertAbsent(Subject s, Map<Long, String> expected, Random rnd, int tries, String ctx) {
        for (int i = 0; i < tries; i++) {
            long k = rnd.nextLong();
            if (i % 4 == 0) {
                k = rnd.nextInt(2048) - 1024;
            }
            if (expected.containsKey(k)) {
                continue;
            }
            long key = k;
            assertFalse(s.ops().containsKey(key), () -> ctx + ": containsKey(" + key + ") of an absent key");
            assertNull(s.ops().get(key), () -> ctx + ": get(" + key + ") of an absent key");
            assertEquals("d", s.ops().getOrDefault(key, "d"), () -> ctx + ": getOrDefault(" + key + ", d)");
        }
    }

    /** The invariants between the numbers of {@code stats()}. */
    static void assertStatsConsistent(MapStats st, int size, String ctx) {
        assertEquals(size, st.size(), () -> ctx + ": stats().size() in " + st);
        assertTrue(st.log2Buckets() >= 0 && st.log2Buckets() < 31, () -> ctx + ": log2Buckets in " + st);
        assertEquals(1L << st.log2Buckets(), st.buckets(), () -> ctx + ": buckets == 1 << log2Buckets in " + st);
        assertEquals((double) size / st.buckets(), st.loadFactor(), 1e-9, () -> ctx + ": loadFactor in " + st);
        assertTrue(st.overflowBuckets() >= 0, () -> ctx + ": overflowBuckets >= 0 in " + st);
        assertTrue(st.growths() >= 0 && st.sameSizeGrowths() >= 0, () -> ctx + ": growth counters in " + st);
        assertTrue(st.evacuatedOldBuckets() >= 0, () -> ctx + ": evacuatedOldBuckets >= 0 in " + st);
        if (st.growing()) {
            long oldBuckets = st.sameSizeGrowth() ? st.buckets() : st.buckets() / 2;
            assertTrue(
                    st.evacuatedOldBuckets() <= oldBuckets,
                    () -> ctx + ": evacuatedOldBuckets beyond the old table (" + oldBuckets + ") in " + st);
        }
    }

    static long[] sortedKeys(Map<Long, String> m) {
        long[] keys = new long[m.size()];
        int i = 0;
        for (long k : m.keySet()) {
            keys[i++] = k;
        }
        Arrays.sort(keys);
        return keys;
    }

    static Map<String, Integer> multiset(Iterable<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            counts.merge(v == null ? "<null>" : v, 1, Integer::sum);
        }
        return counts;
    }

    private static void assertSortedEquals(long[] want, long[] got, String ctx) {
        if (Arrays.equals(want, got)) {
            return;
        }
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            if (want[i] != got[i]) {
                fail(ctx + ": first difference at sorted index " + i + ": expected " + want[i] + ", got " + got[i]
                        + (i > 0 && got[i] == got[i - 1] ? " (a repeat)" : ""));
            }
        }
        fail(ctx + ": lengths differ: expected " + want.length + ", got " + got.length);
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }
}
