package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * equals/hashCode by the Map rules with the contract's value equality: float/double values
 * and keys like Double.equals (NaNs equal, 0.0 and -0.0 not), a key mapped to the absent
 * value (null, 0, defaultValue()) is present and differs from a missing key.
 */
class EqualityTest {

    @Test
    void floatingPointValuesAndKeysCompareLikeDoubleEquals() {
        BucketMap_Maps_DoubleDouble a = new BucketMap_Maps_DoubleDouble();
        BucketMap_Maps_DoubleDouble b = new BucketMap_Maps_DoubleDouble();
        a.put(1.0, 0.0);
        b.put(1.0, -0.0);
        assertNotEquals(a, b, "0.0 and -0.0 values");
        b.put(1.0, 0.0);
        assertEquals(a, b);
        a.put(2.0, Double.NaN);
        b.put(2.0, Double.longBitsToDouble(0xfff8000000000001L));
        assertEquals(a, b, "NaN values of different bit patterns");
        assertEquals(a.hashCode(), b.hashCode());
        a.put(Double.longBitsToDouble(0x7ff0000000000001L), 3.0);
        b.put(Double.NaN, 3.0);
        assertEquals(a, b, "NaN keys of different bit patterns");
        assertEquals(a.hashCode(), b.hashCode());
        Map<Double, Double> mirror = new HashMap<>(Map.of(1.0, 0.0, 2.0, Double.NaN, Double.NaN, 3.0));
        assertEquals(mirror.hashCode(), a.hashCode(), "hashCode() against HashMap's");

        BucketMap_Maps_FloatFloat f = new BucketMap_Maps_FloatFloat();
        BucketMap_Maps_FloatFloat g = new BucketMap_Maps_FloatFloat();
        f.put(-0.0f, 1f);
        g.put(0.0f, 1f);
        assertNotEquals(f, g, "keys 0.0 and -0.0");
        assertNotEquals(f.hashCode(), g.hashCode(), "Float.hashCode(-0.0f) differs from Float.hashCode(0.0f)");
        assertEquals(Map.of(-0.0f, 1f).hashCode(), f.hashCode());
    }

    @Test
    void aKeyMappedToTheAbsentValueIsNotAMissingKey() {
        BucketMap_Maps_StringString s1 = new BucketMap_Maps_StringString();
        BucketMap_Maps_StringString s2 = new BucketMap_Maps_StringString();
        s1.put("a", null);
        s1.put("b", "x");
        s2.put("c", null);
        s2.put("b", "x");
        assertNotEquals(s1, s2, "{a=null, b=x} and {c=null, b=x}");
        assertNotEquals(s2, s1);
        s2.remove("c");
        s2.put(null, null);
        assertNotEquals(s1, s2, "{a=null, b=x} and {null=null, b=x}");

        BucketMap_Maps_IntIntMinusOne i1 = new BucketMap_Maps_IntIntMinusOne();
        BucketMap_Maps_IntIntMinusOne i2 = new BucketMap_Maps_IntIntMinusOne();
        i1.put(1, -1);
        i1.put(2, 5);
        i2.put(3, -1);
        i2.put(2, 5);
        assertNotEquals(i1, i2, "{1=-1, 2=5} and {3=-1, 2=5} with defaultValue() -1");
        BucketMap_Maps_IntInt z1 = new BucketMap_Maps_IntInt();
        BucketMap_Maps_IntInt z2 = new BucketMap_Maps_IntInt();
        z1.put(1, 0);
        z2.put(2, 0);
        assertNotEquals(z1, z2, "{1=0} and {2=0}");
        assertEquals(Map.of(1, 0).hashCode(), z1.hashCode());

        BucketMap_Maps_ByteBoolean b1 = new BucketMap_Maps_ByteBoolean();
        BucketMap_Maps_ByteBoolean b2 = new BucketMap_Maps_ByteBoolean();
        b1.put((byte) 1, false);
        b2.put((byte) 2, false);
        assertNotEquals(b1, b2, "{1=false} and {2=false}");
        assertEquals(Map.of((byte) 1, false).hashCode(), b1.hashCode());
    }

    @Test
    void toStringShowsEachKindLikeItsBox() {
        BucketMap_Maps_CharByte c = new BucketMap_Maps_CharByte();
        c.put('x', (byte) -7);
        assertEquals("{x=-7}", c.toString());
        BucketMap_Maps_FloatFloat f = new BucketMap_Maps_FloatFloat();
        f.put(-0.0f, Float.NaN);
        assertEquals("{-0.0=NaN}", f.toString());
        BucketMap_Maps_PtShort p = new BucketMap_Maps_PtShort();
        p.put(null, (short) 3);
        assertEquals("{null=3}", p.toString());
        BucketMap_Maps_LongBoxedDouble d = new BucketMap_Maps_LongBoxedDouble();
        d.put(Long.MIN_VALUE, null);
        assertEquals("{-9223372036854775808=null}", d.toString());
        BucketMap_Maps_ByteBoolean b = new BucketMap_Maps_ByteBoolean();
        b.put(Byte.MIN_VALUE, true);
        assertEquals("{-128=true}", b.toString());
        BucketMap_Maps_ShortChar s = new BucketMap_Maps_ShortChar();
        s.put((short) 5, 'q');
        assertEquals("{5=q}", s.toString());
    }
}
