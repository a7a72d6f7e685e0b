package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.tests.Subject.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each form on small, hand-written examples, for all three styles of functional
 * parameter. The corners with {@code null} values follow {@link HashMap}; each such
 * assertion says so.
 */
class FormsTest {

    private static Subject with(Kind kind, Object... keysAndValues) {
        Subject s = kind.create();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            s.ops().put((Long) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void lookups(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", -1L, null, Long.MIN_VALUE, "min").ops();
        assertEquals("a", m.get(1));
        assertNull(m.get(-1));
        assertNull(m.get(2));
        assertEquals("min", m.get(Long.MIN_VALUE));
        assertNull(m.get(Long.MAX_VALUE));
        assertTrue(m.containsKey(-1), "a key mapped to null is present");
        assertFalse(m.containsKey(2));
        assertEquals("a", m.getOrDefault(1, "d"));
        assertNull(m.getOrDefault(-1, "d"), "like HashMap: a key mapped to null gives null, not the default");
        assertEquals("d", m.getOrDefault(2, "d"));
        assertNull(m.getOrDefault(2, null));
        assertTrue(m.containsValue("a"));
        assertTrue(m.containsValue(new String("min")), "values compare by equals");
        assertTrue(m.containsValue(null));
        assertFalse(m.containsValue("b"));
        assertFalse(with(kind, 1L, "a").ops().containsValue(null));
        assertEquals(3, m.size());
        assertFalse(m.isEmpty());
        assertTrue(kind.create().ops().isEmpty());
        assertEquals(0, kind.create().ops().size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void putAndRemove(Kind kind) {
        LongStringOps m = kind.create().ops();
        assertNull(m.put(0, "zero"));
        assertEquals("zero", m.put(0, "nil"));
        assertEquals("nil", m.put(0, null));
        assertNull(m.put(0, "back"));
        assertEquals(1, m.size());
        assertEquals("back", m.remove(0));
        assertNull(m.remove(0));
        assertEquals(0, m.size());
        m.put(7, null);
        assertNull(m.remove(7));
        assertFalse(m.containsKey(7), "remove(k) of a key mapped to null removes it");

        m.put(1, "a");
        m.put(2, null);
        assertFalse(m.remove(1, "b"));
        assertFalse(m.remove(1, null));
        assertFalse(m.remove(3, null), "remove(k, null) of an absent key");
        assertTrue(m.remove(1, new String("a")), "remove(k, v) compares values by equals");
        assertFalse(m.containsKey(1));
        assertFalse(m.remove(2, "x"));
        assertTrue(m.remove(2, null), "remove(k, null) removes a key mapped to null");
        assertTrue(m.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void putIfAbsent(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        assertEquals("a", m.putIfAbsent(1, "b"), "existing value returned");
        assertEquals("a", m.get(1), "existing value unchanged");
        assertNull(m.putIfAbsent(3, "c"), "absent after inserting");
        assertEquals("c", m.get(3));
        // Like HashMap (and java.util.Map's default): a key mapped to null counts as absent.
        Map<Long, String> h = new HashMap<>();
        h.put(2L, null);
        assertNull(h.putIfAbsent(2L, "x"));
        assertEquals("x", h.get(2L));
        assertNull(m.putIfAbsent(2, "x"));
        assertEquals("x", m.get(2), "like HashMap, putIfAbsent replaces a null value");
        assertNull(m.putIfAbsent(4, null));
        assertTrue(m.containsKey(4), "putIfAbsent(k, null) maps an absent key to null");
        assertEquals(4, m.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void replace(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        assertEquals("a", m.replace(1, "b"));
        assertEquals("b", m.get(1));
        assertNull(m.replace(3, "c"), "only when present");
        assertFalse(m.containsKey(3), "replace(k, v) must not insert");
        assertNull(m.replace(2, "two"), "a key mapped to null is present: replaced, returns null");
        assertEquals("two", m.get(2));
        assertEquals("two", m.replace(2, null));
        assertTrue(m.containsKey(2));

        assertFalse(m.replace(1, "a", "c"));
        assertEquals("b", m.get(1));
        assertTrue(m.replace(1, new String("b"), "c"), "old value compares by equals");
        assertEquals("c", m.get(1));
        assertTrue(m.replace(2, null, "was null"));
        assertEquals("was null", m.get(2));
        assertFalse(m.replace(3, null, "x"), "replace(k, null, v) of an absent key");
        assertFalse(m.containsKey(3));
        assertTrue(m.replace(1, "c", null));
        assertTrue(m.containsKey(1));
        assertNull(m.get(1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void computeIfAbsent(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        List<Long> calls = new ArrayList<>();
        assertEquals("a", m.computeIfAbsent(1, k -> {
            calls.add(k);
            return "x";
        }));
        assertEquals(List.of(), calls, "the function is not called for a present key");
        assertEquals("k3", m.computeIfAbsent(3, k -> {
            calls.add(k);
            return "k" + k;
        }));
        assertEquals(List.of(3L), calls);
        assertEquals("k3", m.get(3));
        assertNull(m.computeIfAbsent(4, k -> null));
        assertFalse(m.containsKey(4), "a null result inserts nothing");
        // Like HashMap: a key mapped to null counts as absent.
        assertEquals("two", m.computeIfAbsent(2, k -> "two"));
        assertEquals("two", m.get(2));
        m.put(2, null);
        assertNull(m.computeIfAbsent(2, k -> null));
        assertTrue(m.containsKey(2), "like HashMap: a null result leaves a null mapping in place");
        assertEquals(Long.MIN_VALUE, Long.parseLong(m.computeIfAbsent(Long.MIN_VALUE, k -> Long.toString(k))));
        assertEquals(4, m.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void computeIfPresent(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        List<String> calls = new ArrayList<>();
        assertEquals("a1", m.computeIfPresent(1, (k, v) -> {
            calls.add(k + "=" + v);
            return v + k;
        }));
        assertEquals(List.of("1=a"), calls);
        assertEquals("a1", m.get(1));
        assertNull(m.computeIfPresent(3, (k, v) -> {
            calls.add(k + "=" + v);
            return "x";
        }));
        assertFalse(m.containsKey(3));
        assertEquals(1, calls.size(), "the function is not called for an absent key");
        assertNull(m.computeIfPresent(1, (k, v) -> null));
        assertFalse(m.containsKey(1), "a null result removes");
        // Like HashMap: a key mapped to null counts as absent; the function is not called.
        assertNull(m.computeIfPresent(2, (k, v) -> {
            calls.add(k + "=" + v);
            return "x";
        }));
        assertEquals(1, calls.size(), "like HashMap: not called for a key mapped to null");
        assertTrue(m.containsKey(2));
        assertNull(m.get(2));
        assertEquals(1, m.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void compute(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        List<String> calls = new ArrayList<>();
        assertEquals("a!", m.compute(1, (k, v) -> {
            calls.add(k + "=" + v);
            return v + "!";
        }));
        assertEquals("new", m.compute(3, (k, v) -> {
            calls.add(k + "=" + v);
            return "new";
        }));
        assertEquals(List.of("1=a", "3=null"), calls, "absent is passed as null");
        assertEquals("new", m.get(3));
        assertNull(m.compute(4, (k, v) -> null));
        assertFalse(m.containsKey(4), "a null result for an absent key inserts nothing");
        assertNull(m.compute(3, (k, v) -> null));
        assertFalse(m.containsKey(3), "a null result removes");
        assertEquals("was null", m.compute(2, (k, v) -> {
            calls.add(k + "=" + v);
            return "was " + v;
        }));
        assertEquals("2=null", calls.get(2));
        m.put(2, null);
        assertNull(m.compute(2, (k, v) -> null));
        assertFalse(m.containsKey(2), "like HashMap: a null result removes a key mapped to null");
        assertEquals(1, m.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void merge(Kind kind) {
        LongStringOps m = with(kind, 1L, "a", 2L, null).ops();
        List<String> calls = new ArrayList<>();
        assertEquals("b", m.merge(3, "b", (x, y) -> {
            calls.add(x + "+" + y);
            return "never";
        }));
        assertEquals(List.of(), calls, "the function is not called for an absent key");
        assertEquals("b", m.get(3));
        assertEquals("ab", m.merge(1, "b", (x, y) -> {
            calls.add(x + "+" + y);
            return x + y;
        }));
        assertEquals(List.of("a+b"), calls, "old value first, given value second");
        assertNull(m.merge(1, "c", (x, y) -> null));
        assertFalse(m.containsKey(1), "a null result removes");
        // Like HashMap: a key mapped to null takes the given value, without the function.
        assertEquals("given", m.merge(2, "given", (x, y) -> {
            calls.add(x + "+" + y);
            return "never";
        }));
        assertEquals(1, calls.size(), "like HashMap: not called for a key mapped to null");
        assertEquals("given", m.get(2));
        assertEquals(2, m.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void traversals(Kind kind) {
        Subject s = with(kind, 1L, "a", 2L, null, Long.MAX_VALUE, "max");
        Map<Long, String> expected = new HashMap<>();
        expected.put(1L, "a");
        expected.put(2L, null);
        expected.put(Long.MAX_VALUE, "max");
        Contents.assertSame(s, expected, kind + ", three entries");
        Contents.assertSame(kind.create(), Map.of(), kind + ", empty");
        LongStringCursor empty = kind.create().ops().cursor();
        assertFalse(empty.next());
        assertFalse(empty.next());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keysAndValuesAreFreshArrays(Kind kind) {
        Subject s = with(kind, 1L, "a", 2L, "b");
        long[] keys = s.ops().keys();
        String[] values = s.ops().values();
        assertEquals(String[].class, values.getClass());
        assertNotSame(keys, s.ops().keys());
        assertNotSame(values, s.ops().values());
        Arrays.fill(keys, 99);
        Arrays.fill(values, "changed");
        assertEquals("a", s.ops().get(1));
        assertFalse(s.ops().containsKey(99));
        assertFalse(s.ops().containsValue("changed"));
        assertArrayEquals(new long[0], kind.create().ops().keys());
        assertArrayEquals(new String[0], kind.create().ops().values());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removeIf(Kind kind) {
        Subject s = kind.create();
        Map<Long, String> expected = new HashMap<>();
        for (long k = -50; k < 50; k++) {
            s.ops().put(k, k % 3 == 0 ? null : "v" + k);
            expected.put(k, k % 3 == 0 ? null : "v" + k);
        }
        assertFalse(s.ops().removeIf((k, v) -> k > 1000));
        assertTrue(s.ops().removeIf((k, v) -> v == null));
        expected.values().removeIf(v -> v == null);
        Contents.assertSame(s, expected, kind + ", after removeIf(v == null)");
        assertTrue(s.ops().removeIf((k, v) -> true));
        Contents.assertSame(s, Map.of(), kind + ", after removeIf(true)");
        assertFalse(s.ops().removeIf((k, v) -> true));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cursorEdits(Kind kind) {
        Subject s = kind.create();
        for (long k = 0; k < 100; k++) {
            s.ops().put(k, "v" + k);
        }
        LongStringCursor c = s.ops().cursor();
        while (c.next()) {
            long k = c.key();
            if (k % 2 == 0) {
                c.remove();
            } else if (k % 5 == 0) {
                c.setValue(null);
                assertNull(c.value());
            } else {
                c.setValue("w" + k);
                assertEquals("w" + k, c.value());
                assertEquals(k, c.key());
            }
        }
        Map<Long, String> expected = new HashMap<>();
        for (long k = 1; k < 100; k += 2) {
            expected.put(k, k % 5 == 0 ? null : "w" + k);
        }
        Contents.assertSame(s, expected, kind + ", after cursor edits");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void clearEmptiesAndTheMapWorksAfter(Kind kind) {
        Subject s = kind.create();
        for (long k = 0; k < 1000; k++) {
            s.ops().put(k, "v");
        }
        s.ops().clear();
        Contents.assertSame(s, Map.of(), kind + ", cleared");
        s.ops().clear();
        assertNull(s.ops().put(5, "again"));
        Contents.assertSame(s, Map.of(5L, "again"), kind + ", reused");
    }

    /** A function that throws leaves the map unchanged and writable. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void throwingFunctionsLeaveTheMapUsable(Kind kind) {
        Subject s = with(kind, 1L, "a", 2L, "b");
        LongStringOps m = s.ops();
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.compute(1, (k, v) -> {
                            throw boom;
                        })));
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.computeIfAbsent(3, k -> {
                            throw boom;
                        })));
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.computeIfPresent(2, (k, v) -> {
                            throw boom;
                        })));
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.merge(2, "x", (x, y) -> {
                            throw boom;
                        })));
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.removeIf((k, v) -> {
                            throw boom;
                        })));
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> m.forEach((k, v) -> {
                            throw boom;
                        })));
        Contents.assertSame(s, Map.of(1L, "a", 2L, "b"), kind + ", after functions threw");
        assertNull(m.put(3, "c"), "the map accepts writes after a function threw");
        assertEquals("c!", m.compute(3, (k, v) -> v + "!"));
        assertEquals(3, m.size());
    }
}
