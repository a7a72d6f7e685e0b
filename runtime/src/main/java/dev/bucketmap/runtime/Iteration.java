package dev.bucketmap.runtime;

/**
 * Not API, for generated code: randomised iteration order, as in Go's {@code mapiterinit}.
 *
 * <p>This class is public only because the generated maps, which live in your packages, call
 * it; it may change in any release. Your code uses {@link MapStats} and the system properties
 * that the {@linkplain dev.bucketmap.runtime package} documentation lists.
 *
 * <p>A traversal draws one random value {@code r}; its low {@code B} bits choose the
 * bucket where the walk starts (it then wraps around through all 2^B buckets), and
 * the next three bits choose the slot offset: within every bucket the slots are
 * visited starting at that offset, modulo 8. So two traversals of an unchanged map
 * usually visit the entries in different orders, and no program can come to depend
 * on one order.
 */
public final class Iteration {

    private Iteration() {}

    /**
     * A random value to start one traversal, from the same source as {@link Seeds#next()}
     * (and so deterministic under {@code -Dbucketmap.seed}).
     */
    public static long random() {
        return Seeds.next();
    }

    /** The bucket where a traversal starts: {@code r & (2^log2Buckets - 1)}. */
    public static int startBucket(long r, int log2Buckets) {
        return (int) r & ((1 << log2Buckets) - 1);
    }

    /** The slot offset of a traversal (0..7): {@code (r >>> log2Buckets) & 7}. */
    public static int slotOffset(long r, int log2Buckets) {
        return (int) (r >>> log2Buckets) & Buckets.SLOT_MASK;
    }
}
