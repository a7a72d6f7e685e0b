package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * keys()/values() return fresh arrays of the exact declared types (int[], char[], Pt[], ...)
 * whose multisets match the contents; a cursor over a double -> float map reads, overwrites
 * and removes entries while walking, also in the middle of a growth.
 */
class ArraysAndCursorsTest {

    static Stream<Combo<?, ?>> combos() {
        return Combo.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void keysAndValuesAreFreshArraysOfTheExactTypes(Combo<?, ?> combo) {
        arrays(combo);
    }

    private static <K, V> void arrays(Combo<K, V> combo) {
        long seed = TestSeeds.of("arrays " + combo.name);
        Random rnd = new Random(seed);
        String ctx = combo.name + ", seed=" + seed;
        KindOps<K, V> m = combo.create();
        assertEquals(combo.keys.arrayType(), m.keys().getClass(), () -> ctx + ": keys() of an empty map");
        assertEquals(combo.values.arrayType(), m.values().getClass(), () -> ctx + ": values() of an empty map");
        assertEquals(0, Array.getLength(m.keys()), ctx);
        assertEquals(0, Array.getLength(m.values()), ctx);

        Map<K, V> mirror = new HashMap<>();
        int n = Math.min(300, combo.keys.capacity - 1);
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 1000, 1, 2, 4, 0);
        while (mirror.size() < n) {
            K k = keys.next();
            V v = combo.values.draw(rnd);
            mirror.put(k, v);
            m.put(k, v);
        }
        Contents.assertKeysArray(combo, m, mirror, ctx);
        Contents.assertValuesArray(combo, m, mirror, ctx);

        Object keys1 = m.keys();
        Object keys2 = m.keys();
        assertNotSame(keys1, keys2, () -> ctx + ": keys() returns the same array twice");
        Object values1 = m.values();
        assertNotSame(values1, m.values(), () -> ctx + ": values() returns the same array twice");
        // Writing into the returned arrays leaves the map alone.
        K first = combo.keys.cast(Array.get(keys1, 0));
        V firstValue = m.get(first);
        for (int i = 0; i < Array.getLength(values1); i++) {
            Array.set(values1, i, Array.get(values1, (i + 1) % Array.getLength(values1)));
        }
        Array.set(keys1, 0, Array.get(keys1, 1));
        assertEquals(firstValue, m.get(first), ctx);
        assertTrue(m.containsKey(first), ctx);
        Contents.assertSame(combo, m, mirror, rnd, ctx + ", after writing into returned arrays");
    }

    /** Typed: the generated signatures are the primitive ones, no boxing. */
    @Test
    void primitiveArraysThroughTheDeclaredTypes() {
        BucketMap_Maps_ByteBoolean bb = new BucketMap_Maps_ByteBoolean();
        for (int i = -128; i < 128; i++) {
            bb.put((byte) i, (i & 1) == 0);
        }
        byte[] bk = bb.keys();
        boolean[] bv = bb.values();
        assertEquals(256, bk.length);
        assertEquals(256, bv.length);
        Set<Byte> seen = new HashSet<>();
        int trues = 0;
        for (int i = 0; i < bk.length; i++) {
            seen.add(bk[i]);
            trues += bv[i] ? 1 : 0;
        }
        assertEquals(256, seen.size(), "every byte once");
        assertEquals(128, trues);

        BucketMap_Maps_ShortChar sc = new BucketMap_Maps_ShortChar();
        sc.put(Short.MIN_VALUE, Character.MAX_VALUE);
        sc.put(Short.MAX_VALUE, '\0');
        short[] sk = sc.keys();
        char[] sv = sc.values();
        java.util.Arrays.sort(sk);
        java.util.Arrays.sort(sv);
        assertEquals(Short.MIN_VALUE, sk[0]);
        assertEquals(Short.MAX_VALUE, sk[1]);
        assertEquals('\0', sv[0]);
        assertEquals(Character.MAX_VALUE, sv[1]);

        BucketMap_Maps_PtShort ps = new BucketMap_Maps_PtShort();
        ps.put(null, (short) 1);
        ps.put(new Maps.Pt(1, (short) 2), (short) 3);
        Maps.Pt[] pk = ps.keys();
        assertEquals(Maps.Pt[].class, pk.getClass());
        assertEquals(
                new HashSet<>(java.util.Arrays.asList(null, new Maps.Pt(1, (short) 2))),
                new HashSet<>(java.util.Arrays.asList(pk)));

        BucketMap_Maps_ColorLong cl = new BucketMap_Maps_ColorLong();
        for (Maps.Color c : Maps.Color.values()) {
            cl.put(c, c.ordinal());
        }
        Maps.Color[] ck = cl.keys();
        long[] cv = cl.values();
        assertEquals(Maps.Color[].class, ck.getClass());
        assertEquals(Set.of(Maps.Color.values()), Set.of(ck));
        assertEquals(
                Maps.Color.values().length * (Maps.Color.values().length - 1) / 2,
                java.util.Arrays.stream(cv).sum());

        BucketMap_Maps_LongBoxedDouble ld = new BucketMap_Maps_LongBoxedDouble();
        ld.put(1, null);
        ld.put(2, -0.0);
        Double[] dv = ld.values();
        assertEquals(Double[].class, dv.getClass());
        assertEquals(new HashSet<>(java.util.Arrays.asList(null, -0.0)), new HashSet<>(java.util.Arrays.asList(dv)));
    }

    @Test
    void cursorOverDoubleToFloatEditsWhileWalking() {
        long seed = TestSeeds.of("cursorDoubleFloat");
        Random rnd = new Random(seed);
        BucketMap_Maps_DoubleFloat m = new BucketMap_Maps_DoubleFloat();
        Map<Double, Float> mirror = new HashMap<>();
        for (Double k : Domain.DOUBLE.edges) {
            float v = Domain.FLOAT.draw(rnd);
            m.put(k, v);
            mirror.put(k, v);
        }
        while (mirror.size() < 3000) {
            double k = Domain.DOUBLE.random(rnd);
            float v = Domain.FLOAT.draw(rnd);
            m.put(k, v);
            mirror.put(k, v);
        }
        String ctx = "seed=" + seed;
        assertTrue(mirror.containsKey(0.0) && mirror.containsKey(-0.0) && mirror.containsKey(Double.NaN), ctx);
        for (int round = 0; round < 4; round++) {
            walkAndEdit(m, mirror, rnd.nextInt(), ctx + ", round " + round);
        }
        assertTrue(m.isEmpty() || m.size() < 3000, ctx);
        Combo<Double, Float> combo = Combo.DOUBLE_FLOAT;
        Contents.assertSame(combo, combo.wrap(m), mirror, rnd, ctx + ", after the cursor edits");
        Maps.DoubleFloat.Cursor empty = new BucketMap_Maps_DoubleFloat().cursor();
        assertFalse(empty.next(), "a cursor over an empty map");
        assertFalse(empty.next(), "a cursor over an empty map, again");
    }

    /** Cursors started while a growth is in progress, at each growth up to 50,000 entries. */
    @Test
    void cursorEditsInTheMiddleOfGrowths() {
        long seed = TestSeeds.of("cursorWhileGrowing");
        Random rnd = new Random(seed);
        BucketMap_Maps_DoubleFloat m = new BucketMap_Maps_DoubleFloat();
        Map<Double, Float> mirror = new HashMap<>();
        int edited = 0;
        boolean wasGrowing = false;
        while (mirror.size() < 50_000) {
            double k = rnd.nextInt(4) == 0 ? Domain.DOUBLE.derive(rnd.nextLong()) : Domain.DOUBLE.random(rnd);
            float v = Domain.FLOAT.draw(rnd);
            m.put(k, v);
            mirror.put(k, v);
            MapStats st = m.stats();
            if (st.growing() && !wasGrowing && mirror.size() > 100) {
                String ctx = "seed=" + seed + ", cursor started at " + st;
                walkAndEdit(m, mirror, rnd.nextInt(), ctx);
                Contents.assertSame(Combo.DOUBLE_FLOAT, Combo.DOUBLE_FLOAT.wrap(m), mirror, rnd, ctx);
                edited++;
            }
            wasGrowing = m.stats().growing();
        }
        int seen = edited;
        assertTrue(seen >= 5, () -> "seed=" + seed + ": only " + seen + " growths seen in progress");
    }

    /** Removes about a third, overwrites about a third (NaN, -0.0 among the new values). */
    private static void walkAndEdit(BucketMap_Maps_DoubleFloat m, Map<Double, Float> mirror, int salt, String ctx) {
        Set<Double> seen = new HashSet<>();
        int before = mirror.size();
        Maps.DoubleFloat.Cursor c = m.cursor();
        int removed = 0;
        while (c.next()) {
            double k = c.key();
            float v = c.value();
            if (!seen.add(k)) {
                fail(ctx + ": cursor visited " + Show.of(k) + " twice");
            }
            Float want = mirror.get(k);
            if (want == null || !want.equals(v)) {
                fail(ctx + ": cursor shows " + Show.of(k) + "=" + Show.of(v) + ", mirror has " + Show.of(want));
            }
            long h = Domain.mix(Double.hashCode(k) ^ salt);
            switch ((int) Long.remainderUnsigned(h, 3)) {
                case 0:
                    c.remove();
                    mirror.remove(k);
                    removed++;
                    if (m.containsKey(k)) {
                        fail(ctx + ": containsKey(" + Show.of(k) + ") right after the cursor removed it");
                    }
                    break;
                case 1: {
                    float neu = Domain.FLOAT.derive(h >>> 2);
                    c.setValue(neu);
                    mirror.put(k, neu);
                    if (!Objects.equals(neu, c.value())) {
                        fail(ctx + ": value() after setValue(" + Show.of(neu) + ") is " + Show.of(c.value()));
                    }
                    if (!Objects.equals(neu, m.get(k))) {
                        fail(ctx + ": get(" + Show.of(k) + ") after the cursor's setValue(" + Show.of(neu) + ") is "
                                + Show.of(m.get(k)));
                    }
                    break;
                }
                default:
                    break;
            }
        }
        assertFalse(c.next(), () -> ctx + ": next() after the end");
        assertEquals(
                before, seen.size(), () -> ctx + ": the cursor visited " + seen.size() + " of " + before + " entries");
        int gone = removed;
        assertEquals(before - gone, m.size(), () -> ctx + ": size after removing " + gone);
    }
}
