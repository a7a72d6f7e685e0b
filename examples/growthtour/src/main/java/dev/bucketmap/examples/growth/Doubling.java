package dev.bucketmap.examples.growth;

import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Part 1: inserts into an empty map and prints its table whenever it starts to double, as
 * evacuation passes each quarter of the old buckets, and when the doubling is over.
 *
 * <p>While a growth runs, {@code stats()} counts the evacuated old buckets by scanning them, so
 * on big tables the map is looked at every few inserts only (about 32 times per growth), which
 * keeps the tour linear in the number of entries.
 */
final class Doubling {

    /** Growths of fewer old buckets get only a first and a last row. */
    private static final int QUARTER_ROWS_FROM = 256;

    private static final int LOOKS_PER_GROWTH = 32;

    private Doubling() {}

    /** Inserts ids 1 to {@code entries}; returns the number of doublings. */
    static int run(int entries, PrintStream out) {
        out.printf(Locale.ROOT, "1. Doubling: insert %,d entries into an empty map%n", entries);
        out.println("   The map doubles its buckets once it holds more than 6.5 entries per bucket, but moves");
        out.println("   nothing at once: each later write evacuates the old bucket it touches plus one more.");
        out.println();
        BucketMap_TourMap map = new BucketMap_TourMap();
        StatsTable table = new StatsTable(out, "after insert");
        GrowthWatch watch = new GrowthWatch(table, map.stats(), "inserts", QUARTER_ROWS_FROM);
        int step = 1;
        for (int id = 1; id <= entries; id++) {
            map.put(id, "item " + id);
            if (watch.growing() && id % step != 0 && id != entries) {
                continue;
            }
            MapStats now = map.stats();
            String label = String.format(Locale.ROOT, "#%,d", id);
            step = now.growing() ? Math.max(1, GrowthWatch.oldBuckets(now) / LOOKS_PER_GROWTH) : 1;
            GrowthWatch.Seen seen = watch.see(label, id, now);
            if (seen == GrowthWatch.Seen.QUIET && (id == 1 || id == entries)) {
                if (now.growing()) {
                    table.growing(label, now);
                } else {
                    table.stable(label, now, "stable", "");
                }
            }
        }
        int doublings = map.stats().growths();
        out.println();
        if (doublings > 0) {
            out.printf(Locale.ROOT, "   %,d doublings; the last one moved %s.%n", doublings, watch.lastGrowth());
            out.println("   java.util.HashMap instead rehashes its whole table inside the one put that crosses");
            out.println("   its threshold.");
        } else {
            out.println("   No doubling yet: give more entries (the first one comes at the 9th).");
        }
        out.println();
        return doublings;
    }
}
