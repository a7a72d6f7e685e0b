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
 * same-size growth (Go's tooManyOverflowBuckets). Churning filler keys at a steady size just
 * under the load factor (remove one, insert a fresh one) makes some bucket overflow now and
 * then; once the count is reached, every filler is removed (removals never start a growth), and
 * the map is empty but primed. Its 2^B old buckets then take at least 2^(B-1) writes to
 * evacuate, two per write.
 */
final class PreGrown {
    /** The table the guava suites' maps churn in: 2^5 buckets, which hold 208 entries. */
    static final int SUITE_LOG2_BUCKETS = 5;

    /** Gives up after this many churn steps per bucket (a few hundred are usual). */
    private static final int MAX_STEPS_PER_BUCKET = 20_000;

    private PreGrown() {}

    /** The size to presize a map with so that it has 2^{@code log2Buckets} buckets. */
    static int presize(int log2Buckets) {
        return live(log2Buckets);
    }

    /** Fillers kept while churning: 8 fewer than the table holds before it doubles. */
    private static int live(int log2Buckets) {
        return 13 * (1 << log2Buckets) / 2 - 8;
    }

    /**
     * Primes {@code map}, an empty map (presized with {@link #presize} for the table wanted),
     * with fillers that are all gone again when this returns; its next insert starts a
     * same-size growth.
     *
     * @param nextFiller the number of the first filler key to use
     * @return the number of the next unused filler key
     */
    static <K, V> int prime(MapKind<K, V> kind, Map<K, V> map, V fillerValue, long seed, int nextFiller) {
        Random rnd = new Random(seed);
        MapStats st = kind.statsOf(map);
        int log2 = st.log2Buckets();
        int live = live(log2);
        if (st.size() != 0 || st.growing()) {
            throw new IllegalArgumentException("expected an empty map that is not growing: " + st);
        }
        List<K> fillers = new ArrayList<>();
        long maxSteps = (long) MAX_STEPS_PER_BUCKET << log2;
        for (long step = 0; step < maxSteps; step++) {
            if (fillers.size() == live) {
                int i = rnd.nextInt(live);
                map.remove(fillers.get(i));
                fillers.set(i, fillers.get(live - 1));
                fillers.remove(live - 1);
            }
            K k = kind.filler().apply(nextFiller++);
            map.put(k, fillerValue);
            fillers.add(k);
            st = kind.statsOf(map);
            if (st.growing() || st.log2Buckets() != log2) {
                throw new AssertionError("the churn itself grew the map: " + st);
            }
            if (st.overflowBuckets() >= st.buckets()) {
                for (K f : fillers) {
                    map.remove(f);
                }
                return nextFiller;
            }
        }
        throw new AssertionError("no " + (1 << log2) + " overflow buckets after " + maxSteps + " churn steps: " + st);
    }
}
