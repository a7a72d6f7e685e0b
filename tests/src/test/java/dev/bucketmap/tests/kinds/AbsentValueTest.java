package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Absent" for primitive values: the interface's own {@code defaultValue()} when it declares
 * one (-1, true, NaN here), else zero; and addValue's "absent counts as the default".
 */
class AbsentValueTest {

    @Test
    void intDefaultMinusOne() {
        BucketMap_Maps_IntIntMinusOne m = new BucketMap_Maps_IntIntMinusOne();
        assertEquals(-1, m.get(7), "get of a missing key");
        assertFalse(m.containsKey(7), "get must not insert");
        assertEquals(-1, m.remove(7), "remove of a missing key");
        assertFalse(m.remove(7, -1), "remove(k, absent) of a missing key");
        assertEquals(77, m.getOrDefault(7, 77), "getOrDefault of a missing key returns its argument");
        assertEquals(-1, m.replace(7, 5), "replace of a missing key");
        assertFalse(m.replace(7, -1, 5), "replace(k, absent, v) of a missing key");
        assertFalse(m.containsKey(7), "replace must not insert");
        List<Integer> calls = new ArrayList<>();
        assertEquals(
                -1,
                m.computeIfPresent(7, (k, v) -> {
                    calls.add(v);
                    return 1;
                }),
                "computeIfPresent of a missing key");
        assertEquals(List.of(), calls, "computeIfPresent calls nothing for a missing key");
        assertEquals(0, m.size());

        assertEquals(4, m.addValue(1, 5), "addValue on a missing key starts from -1");
        assertEquals(4, m.get(1));
        assertEquals(6, m.addValue(1, 2));
        assertEquals(-1, m.addValue(2, 0), "addValue(missing, 0) stores the default itself");
        assertTrue(m.containsKey(2));

        assertEquals(
                -10,
                m.compute(3, (k, v) -> {
                    calls.add(v);
                    return v * 10;
                }),
                "compute on a missing key");
        assertEquals(List.of(-1), calls, "compute passes -1 for a missing key");
        assertEquals(-10, m.get(3));
        calls.clear();
        assertEquals(-20, m.compute(3, (k, v) -> {
            calls.add(v);
            return v * 2;
        }));
        assertEquals(List.of(-10), calls);

        assertEquals(-1, m.put(4, 40), "put on a missing key returns the default");
        assertEquals(40, m.put(4, 41));
        assertEquals(-1, m.putIfAbsent(5, 50), "putIfAbsent on a missing key returns the default");
        assertEquals(50, m.putIfAbsent(5, 51));
        assertEquals(
                9,
                m.merge(6, 9, (a, b) -> {
                    calls.add(a);
                    return a + b;
                }),
                "merge on a missing key inserts the value itself");
        assertEquals(19, m.merge(6, 10, Integer::sum));
        calls.clear();
        assertEquals(8, m.computeIfAbsent(8, k -> {
            calls.add(k);
            return 8;
        }));
        assertEquals(List.of(8), calls);

        // A key mapped to the default value is present.
        assertEquals(-1, m.put(9, -1));
        assertTrue(m.containsKey(9));
        assertEquals(-1, m.getOrDefault(9, 99), "getOrDefault of a key mapped to -1");
        assertTrue(m.containsValue(-1));
        int before = m.size();
        assertEquals(-1, m.remove(9));
        assertEquals(before - 1, m.size(), "removing a key mapped to the default value");

        m.clear();
        assertEquals(-1, m.get(1), "after clear");
        assertEquals(-1, m.getOrDefault(1, -1));
        assertEquals(99, m.getOrDefault(1, 99));
    }

    @Test
    void zeroWithoutDefaultValue() {
        BucketMap_Maps_IntInt m = new BucketMap_Maps_IntInt();
        assertEquals(0, m.get(7));
        assertEquals(5, m.addValue(7, 5), "addValue on a missing key starts from 0");
        assertEquals(0, m.compute(8, (k, v) -> v), "compute passes 0 for a missing key and stores it");
        assertTrue(m.containsKey(8));
        assertEquals(0, m.remove(9));
        assertEquals(3, m.getOrDefault(9, 3));
    }

    @Test
    void booleanDefaultTrue() {
        BucketMap_Maps_StringBooleanTrue m = new BucketMap_Maps_StringBooleanTrue();
        assertTrue(m.get("x"), "get of a missing key");
        assertTrue(m.get(null), "get of the missing null key");
        assertTrue(m.remove("x"), "remove of a missing key");
        assertFalse(m.getOrDefault("x", false));
        assertTrue(m.put("x", false), "put on a missing key returns the default");
        assertFalse(m.get("x"));
        assertFalse(m.putIfAbsent("x", true), "putIfAbsent returns the existing value");
        assertTrue(m.putIfAbsent("y", false), "putIfAbsent on a missing key returns the default");
        assertFalse(m.get("y"));
        assertTrue(m.replace("z", false), "replace of a missing key returns the default");
        assertFalse(m.containsKey("z"));
        assertTrue(m.computeIfPresent("z", (k, v) -> false), "computeIfPresent of a missing key");
        assertFalse(m.containsKey("z"));
        List<Boolean> seen = new ArrayList<>();
        assertFalse(m.compute("z", (k, v) -> {
            seen.add(v);
            return !v;
        }));
        assertEquals(List.of(true), seen, "compute passes true for a missing key");
        assertFalse(m.computeIfAbsent("w", k -> false));
        assertTrue(m.containsKey("w"));
        assertEquals(4, m.size());
        assertFalse(m.remove("w"));
        assertFalse(m.containsKey("w"));
        assertTrue(m.put(null, false), "the null key, missing");
        assertFalse(m.get(null));
    }

    @Test
    void doubleDefaultNaN() {
        BucketMap_Maps_FloatDoubleNaN m = new BucketMap_Maps_FloatDoubleNaN();
        assertTrue(Double.isNaN(m.get(1f)));
        assertTrue(Double.isNaN(m.remove(1f)));
        assertFalse(m.remove(1f, Double.NaN), "remove(k, NaN) of a missing key");
        assertEquals(2.5, m.getOrDefault(1f, 2.5));
        assertTrue(Double.isNaN(m.addValue(1f, 3.0)), "NaN + 3 is NaN");
        assertTrue(m.containsKey(1f));
        assertTrue(m.containsValue(Double.NaN), "NaN values compare like Double.equals");
        assertTrue(m.containsValue(Double.longBitsToDouble(0x7ff8000000000123L)), "any NaN equals any NaN");
        assertTrue(m.remove(1f, Double.longBitsToDouble(0xfff8000000000000L)), "remove(k, another NaN)");
        List<Double> seen = new ArrayList<>();
        assertEquals(4.0, m.compute(Float.NaN, (k, v) -> {
            seen.add(v);
            return 4.0;
        }));
        assertEquals(1, seen.size());
        assertTrue(Double.isNaN(seen.get(0)), "compute passes NaN for a missing key");
        assertEquals(4.0, m.get(Float.intBitsToFloat(0x7fc00123)), "every float NaN is one key");
        assertTrue(Double.isNaN(m.put(-0.0f, 1.0)), "-0.0 is another key than NaN");
        assertTrue(Double.isNaN(m.get(0.0f)), "0.0 is another key than -0.0");
        assertEquals(5.0, m.merge(2f, 5.0, Double::sum), "merge on a missing key inserts the value itself");
        assertEquals(3, m.size());
        assertArrayEquals(new double[] {1.0, 4.0, 5.0}, sorted(m.values()));
    }

    private static double[] sorted(double[] a) {
        double[] c = a.clone();
        java.util.Arrays.sort(c);
        return c;
    }

    /** Absent counts as 0.0, and 0.0 + -0.0 is +0.0 (a different value by Double.equals). */
    @Test
    void addValueOfNegativeZeroToAnAbsentKeyIsPositiveZero() {
        BucketMap_Maps_FloatFloat f = new BucketMap_Maps_FloatFloat();
        assertEquals(0x0, Float.floatToRawIntBits(f.addValue(1f, -0.0f)), "returned 0.0f + -0.0f");
        assertEquals(0x0, Float.floatToRawIntBits(f.get(1f)), "stored 0.0f + -0.0f");
        BucketMap_Maps_DoubleDouble d = new BucketMap_Maps_DoubleDouble();
        assertEquals(0L, Double.doubleToRawLongBits(d.addValue(1.0, -0.0)), "returned 0.0 + -0.0");
        assertFalse(d.containsValue(-0.0), "-0.0 stored, 0.0 expected");
        BucketMap_Maps_DoubleFloat df = new BucketMap_Maps_DoubleFloat();
        assertEquals(0x0, Float.floatToRawIntBits(df.addValue(2.0, -0.0f)), "returned 0.0f + -0.0f");
    }
}
