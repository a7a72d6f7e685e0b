package dev.bucketmap.tests.sets;

import dev.bucketmap.tests.Point;
import java.util.Random;

/**
 * Random elements of each kind from a seeded {@link Random}: mostly from a pool of {@code range}
 * values (so that adds and removes meet elements already there), now and then an edge value:
 * the extremes, {@code -0.0} beside {@code 0.0}, NaNs of several bit patterns, {@code null} and
 * strings with equal {@code hashCode()}.
 */
final class Elements {
    private static final String[] COLLIDING = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", ""};

    private final SetOps.Kind kind;
    private final Random rnd;
    private final int range;

    Elements(SetOps.Kind kind, Random rnd, int range) {
        this.kind = kind;
        this.rnd = rnd;
        this.range = range;
    }

    Object next() {
        boolean edge = rnd.nextInt(50) == 0;
        int i = rnd.nextInt(range);
        long wide = i * 0x9E3779B97F4A7C15L;
        return switch (kind) {
            case BYTES -> (byte) (edge ? pick(Byte.MIN_VALUE, Byte.MAX_VALUE, 0) : i);
            case SHORTS -> (short) (edge ? pick(Short.MIN_VALUE, Short.MAX_VALUE, 0) : wide);
            case CHARS -> (char) (edge ? pick(Character.MIN_VALUE, Character.MAX_VALUE, 0xD800) : wide);
            case INTS -> edge ? (int) pick(Integer.MIN_VALUE, Integer.MAX_VALUE, 0) : (int) wide;
            case LONGS -> edge ? pick(Long.MIN_VALUE, Long.MAX_VALUE, 0) : wide;
            case FLOATS -> edge ? floatEdge() : (float) i / 4;
            case DOUBLES -> edge ? doubleEdge() : (double) wide / 1e6;
            case STRINGS -> edge ? (rnd.nextBoolean() ? null : COLLIDING[rnd.nextInt(COLLIDING.length)]) : "s" + i;
            case POINTS -> edge ? null : new Point(i % 97, i / 97);
        };
    }

    private long pick(long a, long b, long c) {
        int r = rnd.nextInt(3);
        return r == 0 ? a : r == 1 ? b : c;
    }

    private float floatEdge() {
        float[] edges = {
            0.0f,
            -0.0f,
            Float.NaN,
            Float.intBitsToFloat(0x7fc00001),
            Float.intBitsToFloat(0xffc00000),
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE,
            Float.MAX_VALUE
        };
        return edges[rnd.nextInt(edges.length)];
    }

    private double doubleEdge() {
        double[] edges = {
            0.0,
            -0.0,
            Double.NaN,
            Double.longBitsToDouble(0x7ff8000000000001L),
            Double.longBitsToDouble(0xfff8000000000000L),
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            Double.MAX_VALUE
        };
        return edges[rnd.nextInt(edges.length)];
    }
}
