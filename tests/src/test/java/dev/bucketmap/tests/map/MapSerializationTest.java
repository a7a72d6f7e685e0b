package dev.bucketmap.tests.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OptionalDataException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Serialization of maps that extend {@code java.util.Map}: round trips of every tested kind, also
 * mid-growth, and hostile streams, each refused before anything large is allocated: a negative
 * count, an entry of the wrong type, a repeated key, or a count larger than the entries that
 * follow (the largest count with none, or a stream cut short) with InvalidObjectException; a cut
 * inside a block header with the StreamCorruptedException that ObjectInputStream throws itself.
 */
class MapSerializationTest {
    static final List<MapKind<?, ?>> KINDS = MapKind.ALL;

    /** Stream constants (java.io.ObjectStreamConstants) for finding the entry count. */
    private static final byte TC_BLOCKDATA = 0x77;

    private static final byte TC_ENDBLOCKDATA = 0x78;
    private static final byte TC_NULL = 0x70;
    private static final byte TC_BLOCKDATALONG = 0x7A;

    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void roundTrips(MapKind<K, V> kind) throws Exception {
        for (int size : new int[] {0, 1, 5, 3000}) {
            Map<K, V> map = kind.create();
            fill(kind, map, size);
            check(kind, map, size + " entries");
        }
        Map<K, V> growing = kind.factory().apply(PreGrown.presize(7));
        int next = PreGrown.prime(kind, growing, kind.values().get(0), 7, 0);
        for (int i = 0; i < 40; i++) {
            growing.put(kind.filler().apply(next + i), kind.values().get(i % 5));
        }
        assertTrue(kind.statsOf(growing).growing());
        check(kind, growing, "mid-growth");
    }

    private static <K, V> void fill(MapKind<K, V> kind, Map<K, V> map, int size) {
        for (int i = 0; i < size; i++) {
            map.put(
                    i < 5 ? kind.keys().get(i) : kind.filler().apply(i),
                    kind.values().get(i % 5));
        }
        if (size > 5 && kind.nullKeys()) {
            map.put(null, kind.values().get(1));
        }
        if (size > 5 && kind.nullValues()) {
            map.put(kind.filler().apply(-1), null);
        }
    }

    private static <K, V> void check(MapKind<K, V> kind, Map<K, V> map, String ctx) throws Exception {
        Map<K, V> mirror = new HashMap<>(map);
        @SuppressWarnings("unchecked")
        Map<K, V> copy = (Map<K, V>) deserialize(serialize(map));
        assertNotSame(map, copy, ctx);
        assertSame(map.getClass(), copy.getClass(), ctx);
        assertEquals(map, copy, ctx);
        assertEquals(copy, map, ctx);
        assertEquals(mirror, copy, ctx);
        assertEquals(map.hashCode(), copy.hashCode(), ctx);
        kind.checkInvariants(copy);
        MapStats st = kind.statsOf(copy);
        assertEquals(map.size(), st.size(), ctx);
        assertTrue(!st.growing(), () -> ctx + ": a copy is read into a table that fits: " + st);
        // The copy is independent and works.
        K fresh = kind.filler().apply(1_000_000);
        copy.put(fresh, kind.values().get(2));
        assertNull(map.get(fresh), ctx);
        copy.remove(fresh);
        copy.clear();
        assertEquals(mirror, map, ctx);
    }

    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void negativeCount(MapKind<K, V> kind) throws Exception {
        byte[] bytes = withCount(serialize(kind.create()), -1);
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
        assertEquals("negative entry count: -1", e.getMessage());
    }

    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void largestCountWithNoEntries(MapKind<K, V> kind) throws Exception {
        byte[] bytes = withCount(serialize(kind.create()), Integer.MAX_VALUE);
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
        assertEquals("entry count 2147483647, but the stream ends after 0 entries", e.getMessage());
        assertSame(endOfData(kind), e.getCause().getClass(), e::toString);
    }

    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void largestCountWithOneEntry(MapKind<K, V> kind) throws Exception {
        Map<K, V> one = kind.create();
        one.put(kind.keys().get(0), kind.values().get(0));
        byte[] bytes = serialize(one);
        int at = countOffset(bytes, 1);
        writeInt(bytes, at, Integer.MAX_VALUE);
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
        assertEquals("entry count 2147483647, but the stream ends after 1 entries", e.getMessage());
    }

    /** Cut anywhere in the entries, a stream fails with an IOException, never anything else. */
    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void truncated(MapKind<K, V> kind) throws Exception {
        Map<K, V> map = kind.create();
        fill(kind, map, 200);
        byte[] bytes = serialize(map);
        int entries = countOffset(bytes, map.size()) + 4;
        Set<String> seen = new TreeSet<>();
        for (int cut = entries; cut < bytes.length - 1; cut++) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            try {
                deserialize(shorter);
                fail(kind + ": a stream cut at " + cut + " of " + bytes.length + " bytes was read");
            } catch (IOException expected) {
                seen.add(expected.getClass().getSimpleName());
            }
        }
        assertTrue(seen.contains("InvalidObjectException"), () -> kind + ": " + seen);
        assertTrue(
                Set.of("InvalidObjectException", "StreamCorruptedException").containsAll(seen),
                () -> kind + ": " + seen);
    }

    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void repeatedKey(MapKind<K, V> kind) throws Exception {
        Map<K, V> two = kind.create();
        K first = kind.keys().get(3);
        K second = kind.keys().get(4);
        two.put(first, kind.values().get(0));
        two.put(second, kind.values().get(1));
        byte[] bytes;
        if (first instanceof Long || first instanceof Integer || first instanceof Double) {
            bytes = serialize(two);
            byte[] a = primitiveBytes(first);
            byte[] b = primitiveBytes(second);
            int at = indexOf(bytes, b);
            assertTrue(at >= 0 && indexOf(bytes, a) >= 0, "the keys are not where expected");
            System.arraycopy(a, 0, bytes, at, a.length);
        } else {
            bytes = serialize(two, o -> o.equals(second) ? first : o);
        }
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
        // The key as the map's users know it: 3.0, not the bit pattern a double key is stored as.
        assertEquals("key " + first + " appears twice", e.getMessage());
    }

    /** Every kind with a reference key or value, fed an object of another class in its place. */
    @ParameterizedTest
    @FieldSource("KINDS")
    <K, V> void wrongTypes(MapKind<K, V> kind) throws Exception {
        Map<K, V> one = kind.create();
        K key = kind.keys().get(0);
        V value = kind.values().get(0);
        one.put(key, value);
        int checked = 0;
        if (kind.nullKeys()) { // a reference key: String or Cell
            byte[] bytes = serialize(one, o -> o.equals(key) ? Integer.valueOf(42) : o);
            InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
            assertTrue(e.getMessage().startsWith("key 0 is a java.lang.Integer, not a "), e::getMessage);
            checked++;
        }
        if (kind.valueClass() == String.class || kind.valueClass() == Double.class && kind.nullValues()) {
            byte[] bytes = serialize(one, o -> o.equals(value) && o != key ? new StringBuilder("sb") : o);
            InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
            assertTrue(e.getMessage().contains(" is a java.lang.StringBuilder, not a "), e::getMessage);
            checked++;
        }
        // IntIntMap and the primitive halves of the others are written as raw numbers: a wrong
        // type there is a stream of other length, which the truncation test covers.
        assertTrue(checked > 0 || kind == MapKind.INT_INT, kind::toString);
    }

    // ---- streams ----

    /** What the stream throws at its end: EOFException under primitive keys, else OptionalDataException. */
    private static Class<? extends IOException> endOfData(MapKind<?, ?> kind) {
        return kind.nullKeys() ? OptionalDataException.class : EOFException.class;
    }

    static byte[] serialize(Object o) throws IOException {
        return serialize(o, Function.identity());
    }

    /** Serializes {@code o}, passing every object written through {@code replace}. */
    static byte[] serialize(Object o, Function<Object, Object> replace) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new Replacing(bytes, o, replace)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static final class Replacing extends ObjectOutputStream {
        private final Object root;
        private final Function<Object, Object> replace;

        Replacing(OutputStream out, Object root, Function<Object, Object> replace) throws IOException {
            super(out);
            this.root = root;
            this.replace = replace;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj == root ? obj : replace.apply(obj);
        }
    }

    static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** A copy of the serialized empty map {@code bytes} with its entry count replaced. */
    private static byte[] withCount(byte[] bytes, int count) {
        byte[] copy = bytes.clone();
        int at = countOffset(copy, 0);
        assertEquals(copy.length - 5, at, "an empty map's stream ends with its count");
        writeInt(copy, at, count);
        return copy;
    }

    /**
     * Where the entry count is: first in the block data that follows the class description (its
     * end, TC_ENDBLOCKDATA, then TC_NULL for the superclass), a short or a long block.
     */
    private static int countOffset(byte[] bytes, int count) {
        byte[] c = {(byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count};
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] != TC_ENDBLOCKDATA || bytes[i + 1] != TC_NULL) {
                continue;
            }
            int at = bytes[i + 2] == TC_BLOCKDATA ? i + 4 : bytes[i + 2] == TC_BLOCKDATALONG ? i + 7 : -1;
            if (at > 0 && at + 4 <= bytes.length && Arrays.equals(c, Arrays.copyOfRange(bytes, at, at + 4))) {
                return at;
            }
        }
        throw new AssertionError("no entry count " + count + " in the stream");
    }

    private static void writeInt(byte[] bytes, int at, int v) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (v >>> (24 - 8 * i));
        }
    }

    private static byte[] primitiveBytes(Object key) {
        long bits = key instanceof Double d ? Double.doubleToLongBits(d) : ((Number) key).longValue();
        int n = key instanceof Integer ? 4 : 8;
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (bits >>> (8 * (n - 1 - i)));
        }
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
