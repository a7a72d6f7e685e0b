package dev.bucketmap.benchmarks.pauses;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.LongStringOps;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Growth pauses: inserts {@code n} random keys into one new, not presized {@code long → String}
 * map, timing every single {@code put} into an HdrHistogram. Run once per map, each in its own
 * JVM (the suite starts them) with ZGC, whose own pauses stay well under a millisecond, so
 * what remains is the map's: a whole-table rehash in the put that crosses a threshold, the
 * allocation (and zeroing) of a new table, and the OS mapping fresh heap pages, which a
 * pre-touched heap ({@code -XX:+AlwaysPreTouch}) has already done before the run.
 *
 * <p>Before the timed run the same inserts go into throwaway maps until the JIT has compiled
 * {@code put}. Writes {@code MAP-VARIANT.hgrm} (the percentile distribution, in microseconds)
 * and {@code MAP-VARIANT.csv} (one summary line: the percentiles, the max, the map sizes at
 * which the five longest puts happened).
 *
 * <p>Usage: {@code GrowthPauses MAP INSERTS VARIANT OUT_DIR}.
 */
public final class GrowthPauses {
    private static final int LONGEST = 5;

    private GrowthPauses() {}

    public static void main(String[] args) throws IOException {
        run(Impl.of(args[0]), Integer.parseInt(args[1]), args[2], Path.of(args[3]));
    }

    public static void run(Impl impl, int inserts, String variant, Path dir) throws IOException {
        long[] keys = Keys.randomLongs(inserts, false);
        warmUp(impl, keys);

        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(100), 3);
        Longest longest = new Longest(LONGEST);
        LongStringOps ops = impl.longString();
        long started = System.nanoTime();
        for (int i = 0; i < inserts; i++) {
            long t0 = System.nanoTime();
            ops.put(keys[i], Keys.VALUE);
            long took = System.nanoTime() - t0;
            histogram.recordValue(took);
            longest.offer(took, i + 1);
        }
        long total = System.nanoTime() - started;
        if (ops.size() != inserts) {
            throw new IllegalStateException(impl.id() + " holds " + ops.size() + " entries, not " + inserts);
        }
        write(impl, inserts, variant, dir, histogram, longest, total);
    }

    /** Enough throwaway inserts for the JIT to compile put and its growth path. */
    private static void warmUp(Impl impl, long[] keys) {
        int n = Math.min(keys.length, 1_000_000);
        for (int round = 0; round < 3; round++) {
            LongStringOps ops = impl.longString();
            for (int i = 0; i < n; i++) {
                ops.put(keys[i], Keys.VALUE);
            }
        }
        System.gc();
    }

    private static void write(
            Impl impl, int inserts, String variant, Path dir, Histogram h, Longest longest, long totalNanos)
            throws IOException {
        Files.createDirectories(dir);
        String name = impl.id() + "-" + variant;
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(dir.resolve(name + ".hgrm")), false, "UTF-8")) {
            h.outputPercentileDistribution(hgrm, 1000.0);
        }
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".csv")))) {
            csv.println(
                    "map,variant,inserts,total_ms,p50_us,p99_us,p999_us,p9999_us,max_us,over_1ms,longest_us,longest_at_size");
            csv.printf(
                    Locale.ROOT,
                    "%s,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%s,%s%n",
                    impl.id(),
                    variant,
                    inserts,
                    totalNanos / 1e6,
                    us(h.getValueAtPercentile(50)),
                    us(h.getValueAtPercentile(99)),
                    us(h.getValueAtPercentile(99.9)),
                    us(h.getValueAtPercentile(99.99)),
                    us(h.getMaxValue()),
                    h.getCountBetweenValues(1_000_000, h.getMaxValue()),
                    longest.durations(),
                    longest.sizes());
        }
        System.out.printf(
                Locale.ROOT,
                "  pauses %-10s %-11s p50 %7.3f us  p99.99 %9.3f us  max %10.3f us at size %s%n",
                impl.id(),
                variant,
                us(h.getValueAtPercentile(50)),
                us(h.getValueAtPercentile(99.99)),
                us(h.getMaxValue()),
                longest.sizeOfLongest());
    }

    private static double us(long nanos) {
        return nanos / 1000.0;
    }
}
