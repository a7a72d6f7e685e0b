package dev.bucketmap.examples.growth;

import dev.bucketmap.runtime.MapStats;
import java.util.Locale;

/**
 * Follows one map through successive {@code stats()} snapshots and prints a row of the
 * {@link StatsTable} when a growth starts, when its evacuation passes a quarter of the old
 * buckets, and when it ends. A growth of one or two old buckets starts and ends inside a single
 * write (which evacuates the bucket it touches plus one more), so it gets a single row.
 */
final class GrowthWatch {

    private final StatsTable table;
    private final String writes;
    private final int quarterRowsFrom;
    private MapStats last;
    private long startedAt;
    private int quartersShown;
    private String lastGrowth = "";

    /**
     * @param writes what the positions count, for the notes: "inserts", "pairs"
     * @param quarterRowsFrom growths of fewer old buckets get no rows between the first and the last
     */
    GrowthWatch(StatsTable table, MapStats start, String writes, int quarterRowsFrom) {
        this.table = table;
        this.last = start;
        this.writes = writes;
        this.quarterRowsFrom = quarterRowsFrom;
    }

    /** What one snapshot showed. */
    enum Seen {
        /** Nothing worth a row. */
        QUIET,
        /** A growth started or progressed: a row was printed. */
        PROGRESS,
        /** A growth ended: a row was printed, and {@link #lastGrowth()} describes it. */
        ENDED
    }

    /** Looks at the map after write number {@code position}. */
    Seen see(String label, long position, MapStats now) {
        Seen seen = Seen.QUIET;
        if (now.growing() && !last.growing()) {
            startedAt = position;
            quartersShown = quarters(now);
            table.growing(label, now);
            seen = Seen.PROGRESS;
        } else if (now.growing()) {
            int quarters = quarters(now);
            if (quarters > quartersShown && oldBuckets(now) >= quarterRowsFrom) {
                table.growing(label, now);
                seen = Seen.PROGRESS;
            }
            quartersShown = Math.max(quartersShown, quarters);
        } else if (last.growing()) {
            String span = String.format(Locale.ROOT, "over %s %s to %s", writes, number(startedAt), number(position));
            lastGrowth = buckets(oldBuckets(now)) + " " + span;
            table.stable(label, now, done(now), String.format(Locale.ROOT, "%,d moved %s", oldBuckets(now), span));
            seen = Seen.ENDED;
        } else if (now.growths() + now.sameSizeGrowths() > last.growths() + last.sameSizeGrowths()) {
            String span = "within " + number(position) + " alone";
            lastGrowth = buckets(oldBuckets(now)) + " " + span;
            table.stable(label, now, done(now), String.format(Locale.ROOT, "%,d moved %s", oldBuckets(now), span));
            seen = Seen.ENDED;
        }
        last = now;
        return seen;
    }

    /** The last growth that ended, as "N old buckets over inserts #a to #b". */
    String lastGrowth() {
        return lastGrowth;
    }

    /** Whether the last snapshot seen was taken during a growth. */
    boolean growing() {
        return last.growing();
    }

    private String number(long position) {
        return String.format(Locale.ROOT, writes.equals("inserts") ? "#%,d" : "%,d", position);
    }

    private static String buckets(int oldBuckets) {
        return String.format(Locale.ROOT, oldBuckets == 1 ? "%,d old bucket" : "%,d old buckets", oldBuckets);
    }

    private static String done(MapStats stats) {
        return stats.sameSizeGrowth() ? "repacked" : "doubled";
    }

    static int oldBuckets(MapStats stats) {
        return stats.sameSizeGrowth() ? stats.buckets() : stats.buckets() / 2;
    }

    private static int quarters(MapStats growing) {
        return 4 * growing.evacuatedOldBuckets() / oldBuckets(growing);
    }
}
