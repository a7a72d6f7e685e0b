package dev.bucketmap.tests;

import java.util.Arrays;
import java.util.Random;

/** Seeded keys drawn from several pools, with weights chosen per test phase. */
final class KeyGen {
    /** Boundaries, sign flips and keys that differ only in their high bits. */
    static final long[] SPECIAL = {
        0,
        -1,
        1,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        Long.MIN_VALUE + 1,
        Long.MAX_VALUE - 1,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE,
        0xFFFF_FFFFL,
        1L << 32,
        -(1L << 32),
        1L << 62,
        0x0101_0101_0101_0101L,
        0xFF00_0000_0000_0000L,
        255,
        256,
        -256,
    };

    enum Pool {
        /** {@link #SPECIAL}. */
        SPECIAL,
        /** -20..20: many repeats. */
        SMALL,
        /** 0..range-1. */
        RANGE,
        /** Any long. */
        WIDE,
        /** A small number shifted left by a multiple of 8: keys that differ only in high bits. */
        HIGH_BITS,
        /** A key drawn before (hits after removals, re-insertions). */
        HISTORY,
    }

    private final Random rnd;
    private int[] cumulative;
    private final int range;
    private long[] history = new long[1024];
    private int historySize;

    /** @param weights one weight per {@link Pool}, in declaration order */
    KeyGen(Random rnd, int range, int... weights) {
        this.rnd = rnd;
        this.range = range;
        setWeights(weights);
    }

    /** New pool weights; the history of drawn keys is kept. */
    void setWeights(int... weights) {
        if (weights.length != Pool.values().length) {
            throw new IllegalArgumentException("one weight per pool: " + Arrays.toString(weights));
        }
        cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    long next() {
        int r = rnd.nextInt(cumulative[cumulative.length - 1]);
        int pool = 0;
        while (r >= cumulative[pool]) {
            pool++;
        }
        long k = draw(Pool.values()[pool]);
        remember(k);
        return k;
    }

    private long draw(Pool pool) {
        switch (pool) {
            case SPECIAL:
                return SPECIAL[rnd.nextInt(SPECIAL.length)];
            case SMALL:
                return rnd.nextInt(41) - 20;
            case RANGE:
                return rnd.nextInt(range);
            case WIDE:
                return rnd.nextLong();
            case HIGH_BITS:
                return (long) rnd.nextInt(64) << (8 * (1 + rnd.nextInt(7)));
            case HISTORY:
                return historySize == 0 ? rnd.nextInt(41) - 20 : history[rnd.nextInt(historySize)];
            default:
                throw new AssertionError(pool);
        }
    }

    private void remember(long k) {
        if (historySize == history.length) {
            if (history.length >= 1 << 21) {
                history[rnd.nextInt(historySize)] = k;
                return;
            }
            history = Arrays.copyOf(history, history.length * 2);
        }
        history[historySize++] = k;
    }
}
