package dev.bucketmap.tests.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.tests.Point;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a generated set has beside its forms: toString, equals and hashCode by the Set rules,
 * serialization (and forged streams refused), the constructors, and fail-fast cursors.
 */
class SetObjectMethodsTest {
    @Test
    void toStringListsTheElements() {
        BucketSet_SetKinds_Longs s = new BucketSet_SetKinds_Longs();
        assertEquals("[]", s.toString());
        s.add(7);
        assertEquals("[7]", s.toString());
        s.add(8);
        String text = s.toString();
        assertTrue(text.equals("[7, 8]") || text.equals("[8, 7]"), text);
        BucketSet_SetKinds_Strings strings = new BucketSet_SetKinds_Strings();
        strings.add(null);
        assertEquals("[null]", strings.toString());
    }

    @Test
    void equalsAndHashCodeFollowSet() {
        BucketSet_SetKinds_Doubles a = new BucketSet_SetKinds_Doubles();
        BucketSet_SetKinds_Doubles b = new BucketSet_SetKinds_Doubles(100);
        Set<Double> mirror = new HashSet<>();
        for (double d : new double[] {0.0, -0.0, Double.NaN, 1.5, -7}) {
            a.add(d);
            b.add(d);
            mirror.add(d);
        }
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(mirror.hashCode(), a.hashCode());
        // Not a java.util.Set (no Set interop yet), so not equal to one: HashSet would not say it back.
        assertNotEquals(a, mirror);
        assertNotEquals(mirror, a);
        b.remove(-0.0);
        assertNotEquals(a, b);
        assertNotEquals(a, Set.of(0.0, 1.5));
        assertNotEquals(a, List.of(0.0, -0.0, Double.NaN, 1.5, -7.0));
        assertNotEquals(new BucketSet_SetKinds_Longs(), Set.of("not a long"));
    }

    @Test
    void serializationRoundTrip() throws Exception {
        BucketSet_SetKinds_Points points = new BucketSet_SetKinds_Points();
        Set<Point> mirror = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            points.add(new Point(i, -i));
            mirror.add(new Point(i, -i));
        }
        points.add(null);
        mirror.add(null);
        BucketSet_SetKinds_Points copy = (BucketSet_SetKinds_Points) deserialize(serialize(points));
        copy.checkInvariants();
        assertEquals(points, copy);
        assertEquals(mirror, new HashSet<>(java.util.Arrays.asList(copy.elements())));
        assertTrue(copy.contains(new Point(4999, -4999)));

        BucketSet_SetKinds_Floats floats = new BucketSet_SetKinds_Floats();
        floats.add(-0.0f);
        floats.add(Float.NaN);
        BucketSet_SetKinds_Floats floatCopy = (BucketSet_SetKinds_Floats) deserialize(serialize(floats));
        assertTrue(floatCopy.contains(-0.0f) && floatCopy.contains(Float.NaN) && !floatCopy.contains(0.0f));
    }

    @Test
    void forgedStreamsAreRejected() throws Exception {
        long a = 0x1122_3344_5566_7788L;
        long b = 0x2233_4455_6677_8899L;
        BucketSet_SetKinds_Longs one = new BucketSet_SetKinds_Longs();
        one.add(a);
        byte[] bytes = serialize(one);
        int at = indexOf(bytes, concat(new byte[] {0, 0, 0, 1}, longBytes(a)));
        assertTrue(at >= 0, "the count and element are not where expected in the stream");
        byte[] negative = bytes.clone();
        System.arraycopy(new byte[] {-1, -1, -1, -1}, 0, negative, at, 4);
        assertThrows(InvalidObjectException.class, () -> deserialize(negative), "a negative count");
        byte[] huge = bytes.clone();
        System.arraycopy(new byte[] {0x7f, -1, -1, -1}, 0, huge, at, 4);
        assertThrows(IOException.class, () -> deserialize(huge), "a count larger than the elements that follow");

        BucketSet_SetKinds_Longs two = new BucketSet_SetKinds_Longs();
        two.add(a);
        two.add(b);
        byte[] twoBytes = serialize(two);
        int bAt = indexOf(twoBytes, longBytes(b));
        System.arraycopy(longBytes(a), 0, twoBytes, bAt, 8);
        assertThrows(InvalidObjectException.class, () -> deserialize(twoBytes), "an element that appears twice");

        BucketSet_SetKinds_Strings strings = new BucketSet_SetKinds_Strings();
        strings.add("x".repeat(16));
        byte[] stringBytes = serialize(strings);
        BucketSet_SetKinds_Points wrongClass = new BucketSet_SetKinds_Points();
        wrongClass.add(new Point(1, 2));
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(swapClass(stringBytes, serialize(wrongClass))),
                "an element of another class");
    }

    @Test
    void constructorsPresizeAndRefuseNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> new BucketSet_SetKinds_Ints(-1));
        BucketSet_SetKinds_Ints presized = new BucketSet_SetKinds_Ints(10_000);
        for (int i = 0; i < 10_000; i++) {
            presized.add(i * 31);
        }
        assertEquals(0, presized.stats().growths());
        assertEquals(10_000, presized.size());
    }

    @Test
    void cursorsFailFastAndRemoveOnce() {
        BucketSet_SetKinds_Chars s = new BucketSet_SetKinds_Chars();
        for (char c = 'a'; c <= 'z'; c++) {
            s.add(c);
        }
        SetKinds.Chars.Cursor c = s.cursor();
        assertTrue(c.next());
        s.add('!');
        assertThrows(ConcurrentModificationException.class, c::next);
        SetKinds.Chars.Cursor d = s.cursor();
        assertThrows(IllegalStateException.class, d::element);
        assertTrue(d.next());
        char first = d.element();
        d.remove();
        assertThrows(IllegalStateException.class, d::remove);
        assertFalse(s.contains(first));
        int seen = 1;
        while (d.next()) {
            seen++;
        }
        assertEquals(27, seen);
        assertThrows(ConcurrentModificationException.class, () -> s.forEach(x -> s.add('?')));
    }

    /** {@code withString}'s stream with its element replaced by {@code withPoint}'s serialized Point. */
    private static byte[] swapClass(byte[] withString, byte[] withPoint) {
        byte[] string = concat(new byte[] {0x74, 0, 16}, "x".repeat(16).getBytes());
        int at = indexOf(withString, string);
        assertTrue(at >= 0, "the string is not where expected in the stream");
        byte[] point = pointObject(withPoint);
        byte[] out = new byte[withString.length - string.length + point.length];
        System.arraycopy(withString, 0, out, 0, at);
        System.arraycopy(point, 0, out, at, point.length);
        System.arraycopy(
                withString, at + string.length, out, at + point.length, withString.length - at - string.length);
        return out;
    }

    /** The bytes of the Point object in a set's stream: from its TC_OBJECT to the block end before the trailer. */
    private static byte[] pointObject(byte[] stream) {
        int at = indexOf(stream, "dev.bucketmap.tests.Point".getBytes());
        int start = at - 4; // TC_OBJECT, TC_CLASSDESC, then the name's length
        int end = stream.length - 1; // TC_ENDBLOCKDATA closes the set's custom data
        byte[] point = new byte[end - start];
        System.arraycopy(stream, start, point, 0, point.length);
        return point;
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
