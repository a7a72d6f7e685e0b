package dev.bucketmap.examples.growth;

import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Part 2: churn at a constant size (remove a random entry, insert a new one) until the map
 * grows to the same size, and watch that growth repack the buckets.
 *
 * <p>Why it happens: an insert into a full bucket chains an overflow bucket to it; removals
 * leave holes in other buckets, and the overflow buckets stay. When a table has taken about as
 * many overflow buckets as it has regular ones, Go rebuilds it at the same size, which packs
 * every chain again. Without it, a map of constant size under churn would keep growing chains.
 */
final class SameSizeGrowth {

    static final int LOG2_BUCKETS = 6;
    /** 6.5 entries per bucket: the most 2^6 buckets hold before they double. */
    static final int SIZE = 13 << (LOG2_BUCKETS - 1);
    /** Far more churn than a same-size growth ever needed in our runs (a few thousand pairs). */
    static final int MAX_PAIRS = 500 * SIZE;

    private static final int OVERFLOW_ROW_EVERY = 16;

    private SameSizeGrowth() {}

    /** Returns the number of same-size growths seen: 1, or 0 if churn never caused one. */
    static int run(long churnSeed, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "2. Same-size growth: %,d entries in %,d buckets, then remove one and insert one,"
                        + " again and again%n",
                SIZE,
                1 << LOG2_BUCKETS);
        out.println("   Inserts into full buckets chain overflow buckets; once there are about as many overflow");
        out.println("   buckets as regular ones, the map is rebuilt at the same size, which packs the chains.");
        out.println();
        BucketMap_TourMap map = new BucketMap_TourMap(SIZE);
        SplittableRandom random = new SplittableRandom(churnSeed);
        long[] live = new long[SIZE];
        long nextId = 1;
        for (int i = 0; i < SIZE; i++) {
            live[i] = nextId;
            map.put(nextId, "item " + nextId);
            nextId++;
        }
        StatsTable table = new StatsTable(out, "after pairs");
        MapStats before = map.stats();
        table.stable("0", before, "stable", "");
        GrowthWatch watch = new GrowthWatch(table, before, "pairs", 0);
        int overflowShown = before.overflowBuckets();
        MapStats beforeGrowth = before;
        for (int pair = 1; pair <= MAX_PAIRS; pair++) {
            int victim = random.nextInt(SIZE);
            map.remove(live[victim]);
            live[victim] = nextId;
            map.put(nextId, "item " + nextId);
            nextId++;
            MapStats now = map.stats();
            String label = String.format(Locale.ROOT, "%,d", pair);
            if (!now.growing() && !watch.growing()) {
                beforeGrowth = now;
                if (now.overflowBuckets() >= overflowShown + OVERFLOW_ROW_EVERY) {
                    overflowShown = now.overflowBuckets();
                    table.stable(label, now, "stable", "");
                }
            }
            if (watch.see(label, pair, now) == GrowthWatch.Seen.ENDED) {
                out.println();
                out.printf(
                        Locale.ROOT,
                        "   A same-size growth: still %,d buckets (B = %d), and the overflow buckets"
                                + " in use went%n   from %,d to %,d: the entries were packed again, and the emptied chains freed.%n",
                        now.buckets(),
                        now.log2Buckets(),
                        beforeGrowth.overflowBuckets(),
                        now.overflowBuckets());
                out.println();
                return now.sameSizeGrowths();
            }
        }
        out.printf(Locale.ROOT, "   No same-size growth in %,d pairs: %s%n%n", MAX_PAIRS, map.stats());
        return map.stats().sameSizeGrowths();
    }
}
