package dev.bucketmap.examples.growth;

import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints {@link MapStats} snapshots as the rows of one aligned table, with a first column
 * that says what had happened when the snapshot was taken.
 */
final class StatsTable {

    private static final String ROW = "  %14s  %9s  %2s  %8s  %8s  %5s  %-10s  %s";
    private static final int BAR_WIDTH = 16;

    private final PrintStream out;

    StatsTable(PrintStream out, String firstColumn) {
        this.out = out;
        out.println(String.format(
                        Locale.ROOT,
                        ROW,
                        firstColumn,
                        "entries",
                        "B",
                        "buckets",
                        "overflow",
                        "load",
                        "state",
                        "evacuated old buckets")
                .stripTrailing());
    }

    /** A row for a map that is not growing; {@code note} goes in the last column. */
    void stable(String label, MapStats stats, String state, String note) {
        row(label, stats, state, note);
    }

    /** A row for a map in the middle of a growth: how many old buckets have moved, with a bar. */
    void growing(String label, MapStats stats) {
        int oldBuckets = GrowthWatch.oldBuckets(stats);
        String progress = String.format(
                Locale.ROOT,
                "%s %,d of %,d",
                bar(stats.evacuatedOldBuckets(), oldBuckets),
                stats.evacuatedOldBuckets(),
                oldBuckets);
        row(label, stats, stats.sameSizeGrowth() ? "same-size" : "doubling", progress);
    }

    private void row(String label, MapStats stats, String state, String last) {
        out.println(String.format(
                        Locale.ROOT,
                        ROW,
                        label,
                        String.format(Locale.ROOT, "%,d", stats.size()),
                        stats.log2Buckets(),
                        String.format(Locale.ROOT, "%,d", stats.buckets()),
                        String.format(Locale.ROOT, "%,d", stats.overflowBuckets()),
                        String.format(Locale.ROOT, "%.2f", stats.loadFactor()),
                        state,
                        last)
                .stripTrailing());
    }

    static String bar(long done, long total) {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }
}
