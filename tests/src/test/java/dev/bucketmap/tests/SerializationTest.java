package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Subject.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Java serialization writes the entries; the copy is an equal, independent, working map. */
class SerializationTest {

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {0, 1, 8, 9, 100, 5000, 100_000})
    void roundTrip(int size) throws Exception {
        for (Kind kind : Kind.values()) {
            long seed = Seeds.of("serializationRoundTrip") + size + kind.ordinal();
            Random rnd = new Random(seed);
            Differential d = new Differential(
                    kind.create(), seed, new KeyGen(rnd, 1 << 20, 2, 1, 3, 6, 1, 1), rnd, Differential.growing());
            d.nullPercent = 10;
            while (d.mirror.size() < size) {
                d.step();
            }
            check(d, kind + ", " + size + " entries, seed=" + seed);
        }
    }

    @Test
    void roundTripWhileGrowing() throws Exception {
        long seed = Seeds.of("roundTripWhileGrowing");
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Differential d = new Differential(s, seed, new KeyGen(rnd, 1, 0, 0, 0, 1, 0, 0), rnd, Differential.growing());
        MapStats st = Growing.startDoubling(s, d.mirror, rnd, 10, "seed=" + seed);
        check(d, "seed=" + seed + ", serialized in the middle of a growth: " + st);
    }

    private void check(Differential d, String ctx) throws Exception {
        Object copyObject = roundTrip(d.subject.map());
        assertNotSame(d.subject.map(), copyObject);
        assertEquals(d.subject.map().getClass(), copyObject.getClass(), ctx);
        assertEquals(d.subject.map(), copyObject, () -> ctx + ": the copy is not equal to the original");
        assertEquals(copyObject, d.subject.map(), () -> ctx + ": the original is not equal to the copy");
        assertEquals(d.subject.map().hashCode(), copyObject.hashCode(), ctx);
        Subject copy = wrap(d.subject, copyObject);
        Contents.assertSame(copy, d.mirror, ctx + ", the copy");
        Contents.assertStatsConsistent(copy.stats().get(), d.mirror.size(), ctx + ", the copy");

        // The copy is independent of the original, and works: run both on.
        Map<Long, String> originalContents = new HashMap<>(d.mirror);
        Differential onCopy = new Differential(
                copy, d.seed + 1, new KeyGen(d.rnd, 4096, 1, 1, 4, 3, 1, 3), d.rnd, Differential.allOps());
        onCopy.mirror.putAll(d.mirror);
        onCopy.run(3000);
        onCopy.checkpoint("3000 operations on the copy");
        Contents.assertSame(d.subject, originalContents, ctx + ", the original after the copy was changed");
        assertNull(d.subject.ops().get(Long.MIN_VALUE + 12345));
    }

    private static Subject wrap(Subject like, Object copy) {
        switch (like.name()) {
            case "JufMap": {
                BucketMap_JufMap m = (BucketMap_JufMap) copy;
                return new Subject("JufMap copy", m, m, m::stats);
            }
            case "OwnMap": {
                BucketMap_OwnMap m = (BucketMap_OwnMap) copy;
                return new Subject("OwnMap copy", new OwnMapAdapter(m), m, m::stats);
            }
            default: {
                BucketMap_BoxedMap m = (BucketMap_BoxedMap) copy;
                return new Subject("BoxedMap copy", new BoxedMapAdapter(m), m, m::stats);
            }
        }
    }

    static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void recordValuesAndOtherShapes() throws Exception {
        BucketMap_PointMap points = new BucketMap_PointMap();
        for (int i = 0; i < 500; i++) {
            points.put(i * 3L, new Point(i, i * i));
        }
        points.put(-1, null);
        BucketMap_PointMap pointsCopy = (BucketMap_PointMap) roundTrip(points);
        assertEquals(points, pointsCopy);
        assertEquals(501, pointsCopy.size());
        assertEquals(new Point(7, 49), pointsCopy.get(21));
        assertNull(pointsCopy.get(-1));
        pointsCopy.put(-1, new Point(1, 1));
        assertNull(points.get(-1));

        BucketMap_Outer_Inner inner = new BucketMap_Outer_Inner(3);
        inner.put(1, "one");
        BucketMap_Outer_Inner innerCopy = (BucketMap_Outer_Inner) roundTrip(inner);
        assertEquals("one", innerCopy.get(1));
        assertEquals(inner, innerCopy);
    }

    @Test
    void forgedStreamsAreRejected() throws Exception {
        long a = 0x1122_3344_5566_7788L;
        long b = 0x2233_4455_6677_8899L;
        BucketMap_JufMap one = new BucketMap_JufMap();
        one.put(a, "only");
        byte[] bytes = serialize(one);
        byte[] countAndKey = concat(new byte[] {0, 0, 0, 1}, longBytes(a));
        int at = indexOf(bytes, countAndKey);
        assertTrue(at >= 0, "the entry count and key are not where expected in the stream");

        byte[] negative = bytes.clone();
        System.arraycopy(new byte[] {-1, -1, -1, -1}, 0, negative, at, 4);
        assertThrows(InvalidObjectException.class, () -> deserialize(negative), "a negative entry count");

        byte[] huge = bytes.clone();
        System.arraycopy(new byte[] {0x7f, -1, -1, -1}, 0, huge, at, 4);
        assertThrows(IOException.class, () -> deserialize(huge), "a count larger than the entries that follow");

        BucketMap_JufMap two = new BucketMap_JufMap();
        two.put(a, "first");
        two.put(b, "second");
        byte[] twoBytes = serialize(two);
        int bAt = indexOf(twoBytes, longBytes(b));
        assertTrue(bAt >= 0);
        System.arraycopy(longBytes(a), 0, twoBytes, bAt, 8);
        assertThrows(InvalidObjectException.class, () -> deserialize(twoBytes), "a key that appears twice");
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] r = new byte[x.length + y.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
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
