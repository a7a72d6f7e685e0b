package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated classes for interfaces of different shapes. */
class InterfaceShapesTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                BucketMap_JufMap.class, BucketMap_OwnMap.class, BucketMap_BoxedMap.class, BucketMap_Outer_Inner.class,
                BucketMap_Minimal.class, BucketMap_Derived.class, BucketMap_WithDefaults.class,
                        BucketMap_PointMap.class,
            })
    void generatedClassesArePublicFinalSerializableWithBothConstructors(Class<?> generated) throws Exception {
        assertTrue(Modifier.isPublic(generated.getModifiers()), generated + " is not public");
        assertTrue(Modifier.isFinal(generated.getModifiers()), generated + " is not final");
        assertTrue(Serializable.class.isAssignableFrom(generated), generated + " is not Serializable");
        assertEquals(generated.getPackage(), InterfaceShapesTest.class.getPackage());
        Class<?>[] interfaces = generated.getInterfaces();
        assertTrue(
                interfaces.length >= 1
                        && interfaces[0]
                                .getSimpleName()
                                .equals(generated
                                        .getSimpleName()
                                        .substring(generated.getSimpleName().lastIndexOf('_') + 1)),
                () -> generated + " implements " + Arrays.toString(interfaces));
        Constructor<?> noArgs = generated.getConstructor();
        Constructor<?> sized = generated.getConstructor(int.class);
        assertTrue(Modifier.isPublic(noArgs.getModifiers()) && Modifier.isPublic(sized.getModifiers()));
        assertEquals(
                "dev.bucketmap.runtime.MapStats",
                generated.getMethod("stats").getReturnType().getName());
        Object map = noArgs.newInstance();
        assertEquals("{}", map.toString());
        assertEquals(0, map.hashCode());
        assertEquals(map, sized.newInstance(10));
    }

    @Test
    void nestedInterface() {
        Outer.Inner m = new BucketMap_Outer_Inner();
        assertNull(m.put(Long.MIN_VALUE, "min"));
        assertNull(m.put(Long.MAX_VALUE, "max"));
        assertNull(m.put(0, null));
        assertEquals("min", m.put(Long.MIN_VALUE, "MIN"));
        assertEquals(3, m.size());
        assertEquals("MIN", m.get(Long.MIN_VALUE));
        assertNull(m.get(1));
        Map<Long, String> seen = new HashMap<>();
        LongStringReader c = m.cursor();
        while (c.next()) {
            assertNull(seen.put(c.key(), c.value() == null ? "null" : c.value()), "visited twice");
        }
        assertEquals(Map.of(Long.MIN_VALUE, "MIN", Long.MAX_VALUE, "max", 0L, "null"), seen);
        assertEquals("max", m.remove(Long.MAX_VALUE));
        assertEquals(2, m.size());
        assertEquals(new BucketMap_Outer_Inner(4).getClass(), m.getClass());
    }

    @Test
    void minimalInterface() {
        Minimal m = new BucketMap_Minimal();
        for (long k = -5000; k < 5000; k++) {
            assertNull(m.put(k * 1_000_003, "m" + k));
        }
        assertEquals(10_000, m.size());
        for (long k = -5000; k < 5000; k++) {
            assertEquals("m" + k, m.get(k * 1_000_003));
        }
        assertNull(m.get(1));
        assertEquals("m7", m.put(7 * 1_000_003, "again"));
        assertEquals(10_000, m.size());
        BucketMap_Minimal other = new BucketMap_Minimal(10_000);
        for (long k = 4999; k >= -5000; k--) {
            other.put(k * 1_000_003, k == 7 ? "again" : "m" + k);
        }
        assertEquals(other, m);
        assertEquals(other.hashCode(), m.hashCode());
        assertEquals(0, other.stats().growths());
    }

    @Test
    void formsInheritedFromGenericSuperinterfaces() {
        Derived m = new BucketMap_Derived();
        Store<String> asStore = m;
        Lookup<String> asLookup = m;
        assertNull(asStore.put(1, "a"));
        assertNull(m.put(2, "b"));
        assertNull(asStore.put(3, null));
        assertEquals("a", asLookup.get(1));
        assertTrue(asLookup.containsKey(3));
        assertFalse(asLookup.containsKey(4));
        assertNull(asLookup.getOrDefault(3, "d"));
        assertEquals("d", asLookup.getOrDefault(4, "d"));
        assertEquals("b", asStore.remove(2));
        assertEquals(2, m.size());
        long[] keys = m.keys();
        Arrays.sort(keys);
        assertArrayEquals(new long[] {1, 3}, keys);
        Set<String> values = new HashSet<>(Arrays.asList(m.values()));
        assertEquals(new HashSet<>(Arrays.asList("a", null)), values);
        assertEquals(String[].class, m.values().getClass());
    }

    @Test
    void defaultAndStaticMethodsAreLeftAlone() {
        WithDefaults m = WithDefaults.create();
        assertEquals(BucketMap_WithDefaults.class, m.getClass());
        assertEquals("", m.getOrEmpty(1));
        assertEquals(3, m.putAll(new long[] {1, 2, 3, 2}, "x"));
        assertEquals(3, m.size());
        assertEquals("x", m.getOrEmpty(1));
        assertEquals("from the default method", m.getOrDefault(1, "d"));
        assertEquals("from the default method", m.getOrDefault(99, "d"));
        assertFalse(m.isEmpty());
        assertFalse(new BucketMap_WithDefaults().isEmpty(), "the default isEmpty() was replaced");
        Map<Long, String> seen = new HashMap<>();
        m.forEach(seen::put);
        assertEquals(Map.of(1L, "x", 2L, "x", 3L, "x"), seen);
    }

    @Test
    void recordValues() {
        PointMap m = new BucketMap_PointMap();
        Point origin = new Point(0, 0);
        assertNull(m.put(1, origin));
        assertEquals(origin, m.put(1, new Point(0, 0)));
        assertTrue(m.containsValue(new Point(0, 0)), "values compare by equals");
        assertFalse(m.containsValue(new Point(0, 1)));
        assertEquals(new Point(2, 4), m.computeIfAbsent(2, k -> new Point((int) k, (int) k * 2)));
        assertEquals(new Point(2, 4), m.computeIfAbsent(2, k -> new Point(-1, -1)));
        assertEquals(new Point(1, 1), m.merge(1, new Point(1, 1), (a, b) -> new Point(a.x() + b.x(), a.y() + b.y())));
        assertEquals(new Point(2, 6), m.merge(2, new Point(0, 2), (a, b) -> new Point(a.x() + b.x(), a.y() + b.y())));
        assertNull(m.merge(2, new Point(9, 9), (a, b) -> null));
        assertEquals(1, m.size());
        assertFalse(m.remove(1, new Point(1, 2)));
        assertTrue(m.replace(1, new Point(1, 1), new Point(5, 5)), "replace(k, old, new) compares by equals");
        assertTrue(m.remove(1, new Point(5, 5)), "remove(k, v) compares by equals");
        assertEquals(0, m.size());

        for (int i = 0; i < 1000; i++) {
            m.put(i, new Point(i, -i));
        }
        Point[] values = m.values();
        assertEquals(Point[].class, values.getClass());
        assertEquals(1000, values.length);
        Set<Point> distinct = new HashSet<>(Arrays.asList(values));
        assertEquals(1000, distinct.size());
        assertTrue(distinct.contains(new Point(999, -999)));
        long[] keys = m.keys();
        Arrays.sort(keys);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, keys[i]);
        }
        PointMap.Points c = m.cursor();
        int n = 0;
        while (c.next()) {
            assertEquals(new Point((int) c.key(), (int) -c.key()), c.value());
            c.setValue(new Point(c.value().y(), c.value().x()));
            n++;
        }
        assertEquals(1000, n);
        Map<Long, Point> seen = new HashMap<>();
        m.forEach(seen::put);
        assertEquals(1000, seen.size());
        seen.forEach((k, p) -> assertEquals(new Point((int) -k, (int) (long) k), p));
        assertTrue(
                m.toString().contains("5=Point[x=-5, y=5]"),
                () -> "toString uses the values' toString: " + Contents.abbreviate(m.toString()));
    }
}
