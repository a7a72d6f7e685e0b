package dev.bucketmap.tests.kinds;

import dev.bucketmap.tests.kinds.Maps.Color;
import dev.bucketmap.tests.kinds.Maps.Pt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The values of one Java type as the tests draw them: edge values, wide random values,
 * and a deterministic value per number (for small pools and for the results of the functions
 * the tests pass to compute/merge). Keys and values of the same type share a domain.
 */
final class Domain<T> {
    final String name;
    /** The type as the map declares it: {@code int.class}, {@code String.class}, ... */
    final Class<?> type;
    /** Whether {@code null} is a legal key or value. */
    final boolean nullable;
    /** Edge values; {@code null} is never among them (the key generator adds it for nullable keys). */
    final List<T> edges;
    /** How many distinct values exist (for keys: the most a map can hold), or MAX_VALUE. */
    final int capacity;

    private final Function<Random, T> random;
    private final LongFunction<T> of;
    private final BinaryOperator<T> add;

    private Domain(
            String name,
            Class<?> type,
            boolean nullable,
            int capacity,
            List<T> edges,
            Function<Random, T> random,
            LongFunction<T> of,
            BinaryOperator<T> add) {
        this.name = name;
        this.type = type;
        this.nullable = nullable;
        this.capacity = capacity;
        this.edges = Collections.unmodifiableList(new ArrayList<>(edges));
        this.random = random;
        this.of = of;
        this.add = add;
    }

    T random(Random rnd) {
        return random.apply(rnd);
    }

    /** A value determined by {@code n}; distinct for distinct small non-negative {@code n} (up to the capacity). */
    T of(long n) {
        return of.apply(n);
    }

    /** A value determined by {@code h}, an edge value one time in eight. */
    T derive(long h) {
        long m = mix(h);
        if ((m & 7) == 0) {
            return edges.get((int) Long.remainderUnsigned(m >>> 3, edges.size()));
        }
        return of(m >>> 40);
    }

    /** Draws from the edges (a quarter), from 32 small values (half) or anywhere. */
    T draw(Random rnd) {
        int r = rnd.nextInt(4);
        if (r == 0) {
            return edges.get(rnd.nextInt(edges.size()));
        }
        if (r == 3) {
            return random(rnd);
        }
        return of(rnd.nextInt(32));
    }

    /** An element read from an array of this type, typed. */
    @SuppressWarnings("unchecked")
    T cast(Object o) {
        return (T) o;
    }

    boolean numeric() {
        return add != null;
    }

    /** {@code a + b} in the type's own arithmetic (wrapping for integral types). */
    T add(T a, T b) {
        if (add == null) {
            throw new UnsupportedOperationException(name + " is not numeric");
        }
        return add.apply(a, b);
    }

    /** The type of arrays of this type: {@code int[].class}, {@code String[].class}, ... */
    Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(type, 0).getClass();
    }

    /** A hash of a value that is the same in every run (enum hash codes are not). */
    static int stableHash(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Enum<?> e) {
            return 0x9e3779b9 * (e.ordinal() + 1);
        }
        return o.hashCode();
    }

    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    // ---------------------------------------------------------------- the domains

    static final Domain<Byte> BYTE = new Domain<>(
            "byte",
            byte.class,
            false,
            256,
            List.of(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0, (byte) -1, (byte) 1, (byte) 0x55),
            r -> (byte) r.nextInt(),
            n -> (byte) n,
            (a, b) -> (byte) (a + b));

    static final Domain<Short> SHORT = new Domain<>(
            "short",
            short.class,
            false,
            65536,
            List.of(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1, (short) 1, (short) 0x100, (short) -256),
            r -> (short) r.nextInt(),
            n -> (short) n,
            (a, b) -> (short) (a + b));

    static final Domain<Character> CHAR = new Domain<>(
            "char",
            char.class,
            false,
            65536,
            List.of(Character.MIN_VALUE, Character.MAX_VALUE, 'a', '\u7fff', '\u8000', '\ud800', '\udfff', '\u0100'),
            r -> (char) r.nextInt(),
            n -> (char) n,
            (a, b) -> (char) (a + b));

    static final Domain<Integer> INT = new Domain<>(
            "int",
            int.class,
            false,
            Integer.MAX_VALUE,
            List.of(
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE,
                    0,
                    -1,
                    1,
                    Integer.MIN_VALUE + 1,
                    Integer.MAX_VALUE - 1,
                    1 << 16,
                    -(1 << 16),
                    0x0101_0101,
                    255,
                    256),
            Random::nextInt,
            n -> (int) n,
            Integer::sum);

    static final Domain<Long> LONG = new Domain<>(
            "long",
            long.class,
            false,
            Integer.MAX_VALUE,
            List.of(
                    Long.MIN_VALUE,
                    Long.MAX_VALUE,
                    0L,
                    -1L,
                    1L,
                    Long.MIN_VALUE + 1,
                    Long.MAX_VALUE - 1,
                    (long) Integer.MIN_VALUE,
                    (long) Integer.MAX_VALUE,
                    0xFFFF_FFFFL,
                    1L << 32,
                    -(1L << 32),
                    1L << 62,
                    0xFF00_0000_0000_0000L),
            Random::nextLong,
            n -> n,
            Long::sum);

    static final Domain<Float> FLOAT = new Domain<>(
            "float",
            float.class,
            false,
            Integer.MAX_VALUE,
            List.of(
                    0.0f,
                    -0.0f,
                    Float.NaN,
                    Float.intBitsToFloat(0x7fc00001),
                    Float.intBitsToFloat(0xffc00000),
                    Float.intBitsToFloat(0x7fffffff),
                    Float.intBitsToFloat(0xff800001),
                    Float.POSITIVE_INFINITY,
                    Float.NEGATIVE_INFINITY,
                    Float.MIN_VALUE,
                    -Float.MIN_VALUE,
                    Float.MAX_VALUE,
                    -Float.MAX_VALUE,
                    Float.MIN_NORMAL,
                    1.0f,
                    -1.0f),
            r -> r.nextBoolean() ? Float.intBitsToFloat(r.nextInt()) : r.nextInt(2000) / 8.0f - 125,
            n -> n / 4.0f,
            (a, b) -> a + b);

    static final Domain<Double> DOUBLE = new Domain<>(
            "double",
            double.class,
            false,
            Integer.MAX_VALUE,
            doubleEdges(),
            r -> r.nextBoolean() ? Double.longBitsToDouble(r.nextLong()) : r.nextInt(2000) / 8.0 - 125,
            n -> n / 4.0,
            Double::sum);

    static final Domain<Boolean> BOOLEAN = new Domain<>(
            "boolean", boolean.class, false, 2, List.of(true, false), Random::nextBoolean, n -> (n & 1) != 0, null);

    /** Keys: edge strings (equal hashCodes among them) and "k"+n or blocks of "Aa"/"BB". */
    static final Domain<String> STRING_KEY = new Domain<>(
            "String",
            String.class,
            true,
            Integer.MAX_VALUE,
            List.of(
                    "",
                    "Aa",
                    "BB",
                    "AaAa",
                    "AaBB",
                    "BBAa",
                    "BBBB",
                    "AaAaAa",
                    "BBBBBB",
                    "a",
                    "\0",
                    "\ud800",
                    "\uffff",
                    "null",
                    "0",
                    "-1",
                    "polygenelubricants",
                    "GydZG_",
                    "DESIGNING WORKHOUSES"),
            Domain::randomString,
            Domain::stringOf,
            null);

    /** Values: 64 strings, so values repeat. */
    static final Domain<String> STRING_VALUE = new Domain<>(
            "String",
            String.class,
            true,
            Integer.MAX_VALUE,
            List.of("", "v0", "Aa", "BB", "x=y", "a, b"),
            r -> "v" + r.nextInt(64),
            n -> "v" + Long.remainderUnsigned(n, 64),
            null);

    static final Domain<Pt> PT = new Domain<>(
            "Pt",
            Pt.class,
            true,
            Integer.MAX_VALUE,
            List.of(
                    new Pt(0, (short) 0),
                    new Pt(Integer.MIN_VALUE, Short.MIN_VALUE),
                    new Pt(Integer.MAX_VALUE, Short.MAX_VALUE),
                    new Pt(-1, (short) -1),
                    new Pt(1, (short) 0),
                    new Pt(0, (short) 31),
                    new Pt(0, (short) 1),
                    new Pt(-1, (short) 30)),
            r -> new Pt(r.nextInt(), (short) r.nextInt()),
            n -> new Pt((int) (n >>> 1), (short) (n & 1)),
            null);

    static final Domain<Color> COLOR = new Domain<>(
            "Color",
            Color.class,
            true,
            Color.values().length + 1,
            List.of(Color.RED, Color.KHAKI, Color.BLUE),
            r -> Color.values()[r.nextInt(Color.values().length)],
            n -> Color.values()[(int) Long.remainderUnsigned(n, Color.values().length)],
            null);

    /** A boxed Double as a reference value: null allowed, NaN and -0.0 by Double.equals. */
    static final Domain<Double> BOXED_DOUBLE = new Domain<>(
            "Double",
            Double.class,
            true,
            Integer.MAX_VALUE,
            doubleEdges(),
            r -> r.nextBoolean() ? Double.longBitsToDouble(r.nextLong()) : r.nextInt(2000) / 8.0 - 125,
            n -> n / 4.0,
            null);

    private static List<Double> doubleEdges() {
        return Arrays.asList(
                0.0,
                -0.0,
                Double.NaN,
                Double.longBitsToDouble(0x7ff8000000000001L),
                Double.longBitsToDouble(0xfff8000000000000L),
                Double.longBitsToDouble(0x7fffffffffffffffL),
                Double.longBitsToDouble(0xfff0000000000001L),
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_NORMAL,
                1.0,
                -1.0);
    }

    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-\u00e9\u4e2d\ud83d\ude00";

    private static String randomString(Random r) {
        int length = r.nextInt(13);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * One n in four below 1024: 8 blocks of "Aa"/"BB" (256 strings that all share one hashCode()); else
     * "k" + n.
     */
    private static String stringOf(long n) {
        if ((n & 3) == 0 && n >= 0 && n < 1024) {
            return blocks(n >>> 2, 8);
        }
        return "k" + n;
    }

    /** {@code count} blocks, "Aa" or "BB" by the bits of {@code bits}: equal hashCode() for equal count. */
    static String blocks(long bits, int count) {
        StringBuilder sb = new StringBuilder(2 * count);
        for (int i = 0; i < count; i++) {
            sb.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
        }
        return sb.toString();
    }
}
