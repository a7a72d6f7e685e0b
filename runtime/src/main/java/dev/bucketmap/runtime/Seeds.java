package dev.bucketmap.runtime;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not API, for generated code: fresh 64-bit hash seeds for maps, and the random values that
 * start each traversal.
 *
 * <p>This class is public only because the generated maps, which live in your packages, call
 * it; it may change in any release. Your code uses {@link MapStats} and the system properties
 * that the {@linkplain dev.bucketmap.runtime package} documentation lists.
 *
 * <p>Normal mode: two 64-bit secret keys are drawn once from {@link SecureRandom} when
 * this class initialises. Each thread then owns a private counter, started at a secret,
 * thread-specific position and stepped by an odd constant (a Weyl sequence, so a
 * thread's counter values never repeat), and every value handed out is that counter
 * passed through a keyed mix ({@link Hashing#mix} twice, under both secret keys). No lock,
 * no shared cache line and no {@code SecureRandom} call per map, and without the
 * secret keys the outputs cannot be predicted from earlier ones.
 *
 * <p>Deterministic mode: when the system property {@value #PROPERTY} is set to a
 * {@code long} (read once, when this class initialises), every call instead returns
 * the next value of one process-wide sequence derived from that number, so a
 * single-threaded program run twice draws the same seeds and iterates its maps in the
 * same order. A value that is not a {@code long} makes class initialisation fail with
 * a message naming the property and the value.
 */
public final class Seeds {

    /** The system property that selects deterministic mode. */
    public static final String PROPERTY = "bucketmap.seed";

    /** The Weyl step: 2^64 / golden ratio, odd, so the counter visits all 2^64 values before repeating. */
    private static final long GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private static final boolean DETERMINISTIC;
    /** Keys of the output mix. */
    private static final long KEY0;

    private static final long KEY1;
    /** Deterministic mode: the one shared counter. Normal mode: numbers the threads. */
    private static final AtomicLong SHARED;

    static {
        String value = System.getProperty(PROPERTY);
        if (value != null) {
            long base;
            try {
                base = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "System property " + PROPERTY
                                + " must be a long (for example -D" + PROPERTY + "=42), but was \""
                                + value + "\"",
                        e);
            }
            DETERMINISTIC = true;
            KEY0 = Hashing.mix(base, GAMMA);
            KEY1 = Hashing.mix(~base, KEY0);
            SHARED = new AtomicLong(Hashing.mix(base, KEY1));
        } else {
            SecureRandom random = new SecureRandom();
            DETERMINISTIC = false;
            KEY0 = random.nextLong();
            KEY1 = random.nextLong();
            SHARED = new AtomicLong(random.nextLong());
        }
    }

    /** One thread's position in its private Weyl sequence. */
    private static final class Stream {
        long counter;

        Stream(long start) {
            counter = start;
        }
    }

    /**
     * Each thread starts at the keyed mix of a fresh thread number: distinct threads
     * get unrelated, secret starting points.
     */
    private static final ThreadLocal<Stream> STREAMS =
            ThreadLocal.withInitial(() -> new Stream(keyedMix(SHARED.getAndAdd(GAMMA))));

    private Seeds() {}

    /** A fresh 64-bit seed for a new or cleared map. Thread-safe, lock-free, allocation-free. */
    public static long next() {
        if (DETERMINISTIC) {
            return keyedMix(SHARED.addAndGet(GAMMA));
        }
        Stream s = STREAMS.get();
        long c = s.counter + GAMMA;
        s.counter = c;
        return keyedMix(c);
    }

    /**
     * The first state of the per-map sequence of a map made {@code withSeed(seed)}: such a map
     * draws its hash seeds and iteration starts from its own sequence, {@link #at} of successive
     * states {@code start(seed) + i * }{@link #STEP}, so they do not depend on the JVM's other
     * maps, nor on {@value #PROPERTY}.
     */
    public static long start(long seed) {
        return Hashing.mix(seed, GAMMA);
    }

    /** The step between two states of a per-map sequence (see {@link #start}). */
    public static final long STEP = GAMMA;

    /** The value of a per-map sequence at {@code state} (see {@link #start}). */
    public static long at(long state) {
        return Hashing.mix(Hashing.mix(state, ~GAMMA), GAMMA);
    }

    private static long keyedMix(long x) {
        return Hashing.mix(Hashing.mix(x, KEY0), KEY1);
    }
}
