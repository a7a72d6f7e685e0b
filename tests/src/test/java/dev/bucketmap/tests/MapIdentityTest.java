package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.tests.Subject.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** equals, hashCode and toString by the {@code java.util.Map} rules. */
class MapIdentityTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sameMappingsInDifferentOrdersAreEqual(Kind kind) {
        long seed = Seeds.of("sameMappingsInDifferentOrdersAreEqual") + kind.ordinal();
        Random rnd = new Random(seed);
        for (int size : new int[] {0, 1, 2, 9, 53, 1000, 20_000}) {
            String ctx = kind + ", " + size + " entries, seed=" + seed;
            Map<Long, String> expected = new HashMap<>();
            while (expected.size() < size) {
                long k = rnd.nextInt(4) == 0 ? KeyGen.SPECIAL[rnd.nextInt(KeyGen.SPECIAL.length)] : rnd.nextLong();
                expected.put(k, rnd.nextInt(10) == 0 ? null : "v" + rnd.nextInt(100));
            }
            List<Long> order = new ArrayList<>(expected.keySet());
            Subject a = kind.create();
            for (long k : order) {
                a.ops().put(k, expected.get(k));
            }
            Collections.shuffle(order, rnd);
            Subject b = kind.create(size);
            for (long k : order) {
                b.ops().put(k, "placeholder");
            }
            for (long k : order) {
                b.ops().put(k, expected.get(k));
            }
            // c reaches the same mappings through extra keys that were removed again.
            Subject c = kind.create();
            for (int i = 0; i < size; i++) {
                c.ops().put(-1_000_000_000L - i, "extra");
            }
            for (long k : order) {
                c.ops().put(k, expected.get(k));
            }
            for (int i = 0; i < size; i++) {
                if (!expected.containsKey(-1_000_000_000L - i)) {
                    c.ops().remove(-1_000_000_000L - i);
                }
            }
            for (Subject x : List.of(a, b, c)) {
                for (Subject y : List.of(a, b, c)) {
                    assertEquals(x.map(), y.map(), ctx);
                }
                assertEquals(expected.hashCode(), x.map().hashCode(), () -> ctx + ": hashCode differs from HashMap's");
                assertEquals(x.map(), x.map(), ctx);
                assertNotEquals(null, x.map(), ctx);
                assertNotEquals(x.map(), "a string", ctx);
            }
        }
    }

    @Test
    void hashCodeIsTheSumOfEntryHashCodes() {
        BucketMap_JufMap m = new BucketMap_JufMap();
        m.put(Long.MIN_VALUE, "a");
        m.put(-1, null);
        m.put(0x1_0000_0001L, "b");
        int expected = (Long.hashCode(Long.MIN_VALUE) ^ "a".hashCode())
                + (Long.hashCode(-1) ^ 0)
                + (Long.hashCode(0x1_0000_0001L) ^ "b".hashCode());
        assertEquals(expected, m.hashCode());
        assertEquals(0, new BucketMap_JufMap().hashCode());
    }

    @Test
    void differentMappingsAreNotEqual() {
        BucketMap_JufMap base = new BucketMap_JufMap();
        base.put(1, "a");
        base.put(2, null);
        BucketMap_JufMap otherValue = copy(base);
        otherValue.put(1, "b");
        BucketMap_JufMap nullVersusAbsent = new BucketMap_JufMap();
        nullVersusAbsent.put(1, "a");
        nullVersusAbsent.put(3, null);
        BucketMap_JufMap fewer = new BucketMap_JufMap();
        fewer.put(1, "a");
        BucketMap_JufMap more = copy(base);
        more.put(4, "d");
        BucketMap_JufMap nullValue = copy(base);
        nullValue.put(1, null);
        for (BucketMap_JufMap other : List.of(otherValue, nullVersusAbsent, fewer, more, nullValue)) {
            assertNotEquals(base, other, () -> base + " equals " + other);
            assertNotEquals(other, base, () -> other + " equals " + base);
        }
        assertEquals(base, copy(base));
        BucketMap_JufMap cleared = copy(base);
        cleared.clear();
        assertEquals(new BucketMap_JufMap(), cleared);
    }

    private static BucketMap_JufMap copy(BucketMap_JufMap m) {
        BucketMap_JufMap c = new BucketMap_JufMap();
        m.forEach(c::put);
        return c;
    }

    @Test
    void toStringFormat() {
        BucketMap_JufMap m = new BucketMap_JufMap();
        assertEquals("{}", m.toString());
        m.put(5, "a");
        assertEquals("{5=a}", m.toString());
        m.put(5, null);
        assertEquals("{5=null}", m.toString());
        m.clear();
        m.put(Long.MIN_VALUE, "");
        assertEquals("{-9223372036854775808=}", m.toString());
        m.put(-1, "x y");
        String s = m.toString();
        assertTrue(s.equals("{-9223372036854775808=, -1=x y}") || s.equals("{-1=x y, -9223372036854775808=}"), s);
        assertEquals("{}", new BucketMap_PointMap().toString());
        BucketMap_PointMap p = new BucketMap_PointMap();
        p.put(3, new Point(1, 2));
        assertEquals("{3=Point[x=1, y=2]}", p.toString());
    }

    @Test
    void toStringMatchesHashMapEntryByEntry() {
        long seed = Seeds.of("toStringMatchesHashMapEntryByEntry");
        Random rnd = new Random(seed);
        BucketMap_JufMap m = new BucketMap_JufMap();
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            long k = rnd.nextBoolean() ? rnd.nextLong() : rnd.nextInt(500) - 250;
            String v = rnd.nextInt(20) == 0 ? null : Integer.toString(rnd.nextInt(1000), 36);
            m.put(k, v);
            expected.put(k, v);
        }
        String s = m.toString();
        assertTrue(s.startsWith("{") && s.endsWith("}"), () -> "seed=" + seed);
        List<String> parts =
                new ArrayList<>(List.of(s.substring(1, s.length() - 1).split(", ")));
        List<String> want = new ArrayList<>();
        expected.forEach((k, v) -> want.add(k + "=" + Objects.toString(v)));
        Collections.sort(parts);
        Collections.sort(want);
        assertEquals(want, parts, () -> "seed=" + seed);
    }
}
