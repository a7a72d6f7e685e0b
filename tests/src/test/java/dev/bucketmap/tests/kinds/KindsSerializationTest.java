package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java serialization of every combination: the copy is an equal, independent, working map of
 * the same class; edge keys and values (NaN bit patterns, -0.0, null key, null value) survive.
 * Streams whose keys or values have the wrong type fail with InvalidObjectException.
 */
class KindsSerializationTest {

    static Stream<Combo<?, ?>> combos() {
        return Combo.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void roundTrips(Combo<?, ?> combo) throws Exception {
        for (int size : new int[] {0, 1, 9, 2000}) {
            roundTrip(combo, size);
        }
    }

    private static <K, V> void roundTrip(Combo<K, V> combo, int size) throws Exception {
        long seed = TestSeeds.of("serialization " + combo.name) + size;
        Random rnd = new Random(seed);
        String ctx = combo.name + ", " + size + " entries, seed=" + seed;
        KindOps<K, V> m = combo.create();
        Map<K, V> mirror = new HashMap<>();
        // Every edge key (and null) first, then random ones.
        int target = Math.min(size, combo.keys.capacity);
        for (int i = 0; i < combo.keys.edges.size() + 1 && mirror.size() < target; i++) {
            K k = i < combo.keys.edges.size() ? combo.keys.edges.get(i) : null;
            if (k == null && !combo.keys.nullable) {
                continue;
            }
            V v = i % 5 == 4 && combo.values.nullable ? null : combo.values.edges.get(i % combo.values.edges.size());
            m.put(k, v);
            mirror.put(k, v);
        }
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 1 << 20, 1, 1, 6, 0);
        while (mirror.size() < target) {
            K k = keys.next();
            V v = rnd.nextInt(10) == 0 && combo.values.nullable ? null : combo.values.draw(rnd);
            m.put(k, v);
            mirror.put(k, v);
        }
        Object copyObject = roundTrip(m.map());
        assertNotSame(m.map(), copyObject);
        assertEquals(m.map().getClass(), copyObject.getClass(), ctx);
        assertEquals(m.map(), copyObject, () -> ctx + ": the copy is not equal to the original");
        assertEquals(copyObject, m.map(), () -> ctx + ": the original is not equal to the copy");
        KindOps<K, V> copy = combo.wrap(copyObject);
        Contents.assertSame(combo, copy, mirror, rnd, ctx + ", the copy");
        MapStats st = copy.stats();
        Contents.assertStatsConsistent(st, mirror.size(), ctx + ", the copy");
        assertFalse(st.growing(), () -> ctx + ": the copy is growing: " + st);

        // The copy works and is independent of the original: run both on.
        Map<K, V> original = new HashMap<>(mirror);
        KindDifferential<K, V> d = new KindDifferential<>(
                combo,
                copy,
                seed + 1,
                rnd,
                new KeyPool<>(combo.keys, rnd, 4096, 2, 2, 4, 3),
                KindDifferential.allOps());
        d.nullPercent = 10;
        d.mirror.putAll(mirror);
        d.run(1000);
        d.checkpoint("1000 operations on the copy");
        Contents.assertSame(combo, m, original, rnd, ctx + ", the original after the copy was changed");
    }

    /** NaN keys of any bit pattern are one key, -0.0 and 0.0 two, in the copy too. */
    @Test
    void doubleEdgesSurvive() throws Exception {
        BucketMap_Maps_DoubleDouble m = new BucketMap_Maps_DoubleDouble();
        m.put(Double.longBitsToDouble(0x7ff8000000000001L), -0.0);
        m.put(-0.0, Double.NaN);
        m.put(0.0, 0.0);
        BucketMap_Maps_DoubleDouble copy = (BucketMap_Maps_DoubleDouble) roundTrip(m);
        assertEquals(3, copy.size());
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToRawLongBits(copy.get(Double.NaN)));
        assertTrue(Double.isNaN(copy.get(-0.0)));
        assertEquals(0L, Double.doubleToRawLongBits(copy.get(0.0)));
        assertTrue(copy.containsValue(Double.longBitsToDouble(0xfff8000000000000L)), "a NaN value");
        assertFalse(copy.containsKey(1.0));

        BucketMap_Maps_ByteBoolean bytes = new BucketMap_Maps_ByteBoolean();
        for (int i = -128; i < 128; i++) {
            bytes.put((byte) i, i % 3 == 0);
        }
        BucketMap_Maps_ByteBoolean bytesCopy = (BucketMap_Maps_ByteBoolean) roundTrip(bytes);
        assertEquals(bytes, bytesCopy);
        for (int i = -128; i < 128; i++) {
            assertEquals(i % 3 == 0, bytesCopy.get((byte) i));
        }

        BucketMap_Maps_StringString strings = new BucketMap_Maps_StringString();
        strings.put(null, "the null key");
        strings.put("null value", null);
        strings.put("Aa", "BB");
        strings.put("BB", "Aa");
        BucketMap_Maps_StringString stringsCopy = (BucketMap_Maps_StringString) roundTrip(strings);
        assertEquals(4, stringsCopy.size());
        assertEquals("the null key", stringsCopy.get(null));
        assertTrue(stringsCopy.containsKey("null value"));
        assertEquals(null, stringsCopy.get("null value"));
        assertEquals("BB", stringsCopy.get("Aa"));
        assertEquals("Aa", stringsCopy.get("BB"));
    }

    @Test
    void streamsWithKeysOrValuesOfTheWrongTypeAreRejected() throws Exception {
        BucketMap_Maps_StringString strings = new BucketMap_Maps_StringString();
        strings.put("key-to-swap", "value");
        strings.put("other", "value-to-swap");
        byte[] goodStrings = serialize(strings, UnaryOperator.identity());
        assertEquals(strings, deserialize(goodStrings), "the unpatched stream reads back");
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(serialize(strings, o -> "key-to-swap".equals(o) ? Integer.valueOf(42) : o)),
                "String -> String: an Integer key");
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(serialize(strings, o -> "value-to-swap".equals(o) ? Long.valueOf(42) : o)),
                "String -> String: a Long value");

        BucketMap_Maps_PtShort points = new BucketMap_Maps_PtShort();
        Maps.Pt swap = new Maps.Pt(7, (short) 7);
        points.put(swap, (short) 1);
        points.put(null, (short) 2);
        assertEquals(points, deserialize(serialize(points, UnaryOperator.identity())));
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(serialize(points, o -> swap.equals(o) ? "not a Pt" : o)),
                "record -> short: a String key");

        BucketMap_Maps_ColorLong colors = new BucketMap_Maps_ColorLong();
        colors.put(Maps.Color.RED, 1);
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(serialize(colors, o -> o == Maps.Color.RED ? java.time.DayOfWeek.MONDAY : o)),
                "enum -> long: a key of another enum");

        BucketMap_Maps_LongBoxedDouble doubles = new BucketMap_Maps_LongBoxedDouble();
        doubles.put(1, 2.5);
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(serialize(doubles, o -> Double.valueOf(2.5).equals(o) ? Float.valueOf(2.5f) : o)),
                "long -> Double: a Float value");
    }

    static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        return deserialize(serialize(o, UnaryOperator.identity()));
    }

    /** Serializes, replacing objects on the way (keys and values are written as objects). */
    static byte[] serialize(Object o, UnaryOperator<Object> replace) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new Replacing(bytes, replace)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static final class Replacing extends ObjectOutputStream {
        private final UnaryOperator<Object> replace;

        Replacing(OutputStream out, UnaryOperator<Object> replace) throws IOException {
            super(out);
            this.replace = replace;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return replace.apply(obj);
        }
    }
}
