package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.Comparison.Result;
import dev.bucketmap.examples.orderbook.Comparison.Row;
import dev.bucketmap.examples.orderbook.PutClock.PutLatency;
import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link Result} as aligned tables for a person. */
final class Report {

    private static final String ROW = "%-16s %-12s %11s  %9s %8s  %9s %8s  %6s   %s";

    private Report() {}

    static void print(Result result, PrintStream out) {
        printOperations(result, out);
        out.println();
        printGrowth(result, out);
        out.println();
        printStats(result, out);
        out.println();
        printVerdict(result, out);
    }

    private static void printOperations(Result result, PrintStream out) {
        line(out, "%-16s %-12s %11s  %-18s  %-18s", "", "", "", "---- bucketmap ---", "----- HashMap ----");
        line(
                out,
                ROW,
                "operation",
                "form",
                "ops",
                "ms",
                "ns/op",
                "ms",
                "ns/op",
                "ratio",
                "answer (the same from both maps)");
        long bucketTotal = 0;
        long hashTotal = 0;
        for (Row row : result.rows()) {
            bucketTotal += row.bucketNanos();
            hashTotal += row.hashNanos();
            line(
                    out,
                    ROW,
                    row.operation(),
                    row.form(),
                    Comparison.count(row.ops()),
                    millis(row.bucketNanos()),
                    perOp(row.bucketNanos(), row.ops()),
                    millis(row.hashNanos()),
                    perOp(row.hashNanos(), row.ops()),
                    ratio(row.bucketNanos(), row.hashNanos()),
                    row.agrees() ? row.answer() : "DIFFERENT: " + row.bucket() + " vs " + row.hash());
        }
        line(
                out,
                ROW,
                "all of the above",
                "",
                "",
                millis(bucketTotal),
                "",
                millis(hashTotal),
                "",
                ratio(bucketTotal, hashTotal),
                "");
        out.println();
        out.println("ratio = bucketmap time / HashMap time: below 1.00 bucketmap was faster, above 1.00 slower.");
        out.println("One run after a warm-up, on whatever else this machine was doing: an illustration,"
                + " not a benchmark.");
    }

    private static void printGrowth(Result result, PrintStream out) {
        PutLatency bucket = result.bucketGrowth();
        PutLatency hash = result.hashGrowth();
        out.printf(
                Locale.ROOT,
                "Growing a new map from empty to %s orders, timing every put:%n",
                Comparison.count(result.orders()));
        String row = "  %-36s %12s %12s%n";
        out.printf(Locale.ROOT, row, "", "bucketmap", "HashMap");
        out.printf(
                Locale.ROOT,
                row,
                "slowest put, no GC during it",
                exactMillis(bucket.worstOutsideGcNanos()),
                exactMillis(hash.worstOutsideGcNanos()));
        out.printf(
                Locale.ROOT,
                row,
                "slowest put, GC pauses included",
                exactMillis(bucket.worstNanos()),
                exactMillis(hash.worstNanos()));
        out.printf(Locale.ROOT, row, "puts over 1 ms (of them during GC)", slowPuts(bucket), slowPuts(hash));
        out.printf(
                Locale.ROOT, row, "all puts", millis(bucket.totalNanos()) + " ms", millis(hash.totalNanos()) + " ms");
        out.println("HashMap rehashes its whole table in the one put that crosses its threshold; bucketmap");
        out.println("evacuates a couple of old buckets per write instead. Other busy processes, and the first");
        out.println("touch of heap memory the JVM has just taken from the OS, stretch single puts too; with");
        out.println("MAVEN_OPTS=\"-Xms4g -XX:+AlwaysPreTouch\" the heap is touched before the program starts.");
    }

    private static String exactMillis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String slowPuts(PutLatency latency) {
        return Comparison.count(latency.putsOverOneMilli()) + " (" + Comparison.count(latency.putsOverOneMilliInGc())
                + ")";
    }

    private static void printStats(Result result, PrintStream out) {
        MapStats orders = result.orderStats();
        MapStats positions = result.positionStats();
        out.println("stats() of the two bucket maps at the end:");
        String row = "  %-28s %12s %12s%n";
        out.printf(Locale.ROOT, row, "", "orders", "positions");
        out.printf(
                Locale.ROOT,
                row,
                "entries (size)",
                Comparison.count(orders.size()),
                Comparison.count(positions.size()));
        out.printf(
                Locale.ROOT,
                row,
                "buckets (2^B)",
                Comparison.count(orders.buckets()),
                Comparison.count(positions.buckets()));
        out.printf(Locale.ROOT, row, "B", orders.log2Buckets(), positions.log2Buckets());
        out.printf(
                Locale.ROOT,
                row,
                "overflow buckets in use",
                Comparison.count(orders.overflowBuckets()),
                Comparison.count(positions.overflowBuckets()));
        out.printf(
                Locale.ROOT,
                row,
                "load factor (entries/bucket)",
                String.format(Locale.ROOT, "%.2f", orders.loadFactor()),
                String.format(Locale.ROOT, "%.2f", positions.loadFactor()));
        out.printf(Locale.ROOT, row, "doublings", orders.growths(), positions.growths());
        out.printf(Locale.ROOT, row, "same-size growths", orders.sameSizeGrowths(), positions.sameSizeGrowths());
        out.printf(Locale.ROOT, row, "still evacuating", evacuating(orders), evacuating(positions));
    }

    private static String evacuating(MapStats stats) {
        return stats.growing() ? "yes, " + Comparison.count(stats.evacuatedOldBuckets()) + " done" : "no";
    }

    private static void printVerdict(Result result, PrintStream out) {
        if (result.allAgree()) {
            out.printf(
                    Locale.ROOT,
                    "OK: all %d operations gave the same answers on both maps, which end with the same"
                            + " %s orders and %s positions.%n",
                    result.rows().size(),
                    Comparison.count(result.finalOrders()),
                    Comparison.count(result.finalPositions()));
        } else {
            out.println("MISMATCH: bucketmap and HashMap disagree:");
            for (String problem : result.problems()) {
                out.println("  " + problem);
            }
        }
    }

    /** Prints one formatted line without trailing blanks. */
    private static void line(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args).stripTrailing());
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.1f", nanos / 1e6);
    }

    private static String perOp(long nanos, long ops) {
        return ops == 0 ? "-" : String.format(Locale.ROOT, "%,.1f", (double) nanos / ops);
    }

    private static String ratio(long bucketNanos, long hashNanos) {
        return hashNanos == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) bucketNanos / hashNanos);
    }
}
