package dev.bucketmap.tests.map;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Brings an empty map to the brink of a same-size growth, so that its next insert starts one
 * and leaves the table growing for a good many writes.
 *
 * <p>A map counts the overflow buckets it takes and never gives them back until it grows; an
 * insert into a table that has taken as many overflow buckets as it has buckets starts a
 * same-size growth (Go's tooManyOverflowBuckets). Churning filler keys at a steady size (remove
 * one, insert a fresh one) makes some bucket overflow now and then; once the count is reached,
 * every filler is removed (removals never start a growth), and the map is empty but primed.
 * With 2^5 buckets the growth then lasts at least 16 writes, each evacuating two old buckets.
 */
final class PreGrown {
    /** The table the fillers churn in: 2^5 buckets, which hold 208 entries before doubling. */
    static final int LOG2_BUCKETS = 5;

    /** Live fillers while churning: close to the load factor, so buckets overflow often. */
    private static final int LIVE = 200;

    /** Gives up after this many churn steps (a few thousand are usual). */
    private static final int MAX_STEPS = 2_000_000;

    private PreGrown() {}

    /**
     * Primes {@code map}, a new map presized to {@link #LIVE} entries, with fillers that are
     * all gone again when this returns; its next insert starts a same-size growth.
     *
     * @param nextFiller the number of the first filler key to use; returns the next unused one
     */
    static <K, V> int prime(MapKind<K, V> kind, Map<K, V> map, V fillerValue, long seed, int nextFiller) {
        Random rnd = new Random(seed);
        List<K> live = new ArrayList<>();
        MapStats st = kind.statsOf(map);
        if (st.log2Buckets() != LOG2_BUCKETS || st.size() != 0) {
            throw new IllegalArgumentException("expected an empty map of 2^" + LOG2_BUCKETS + " buckets: " + st);
        }
        for (int step = 0; step < MAX_STEPS; step++) {
            if (live.size() == LIVE) {
                int i = rnd.nextInt(LIVE);
                map.remove(live.get(i));
                live.set(i, live.get(LIVE - 1));
                live.remove(LIVE - 1);
            }
            K k = kind.filler().apply(nextFiller++);
            map.put(k, fillerValue);
            live.add(k);
            st = kind.statsOf(map);
            if (st.growing() || st.log2Buckets() != LOG2_BUCKETS) {
                throw new AssertionError("the churn itself grew the map: " + st);
            }
            if (st.overflowBuckets() >= st.buckets()) {
                for (K f : live) {
                    map.remove(f);
                }
                return nextFiller;
            }
        }
        throw new AssertionError("no " + (1 << LOG2_BUCKETS) + " overflow buckets after " + MAX_STEPS
                + " churn steps: " + st);
    }

    /** The size to presize a map with so that it has 2^{@link #LOG2_BUCKETS} buckets. */
    static int presize() {
        return LIVE;
    }
}
