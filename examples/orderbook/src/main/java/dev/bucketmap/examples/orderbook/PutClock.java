package dev.bucketmap.examples.orderbook;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Times a run of single puts: call {@link #tick()} after each one. A put slower than a
 * millisecond during which the JVM collected garbage is counted apart, so the worst put
 * "outside GC" shows what the map itself did.
 */
final class PutClock {

    static final long ONE_MILLI = 1_000_000;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long start;
    private long last;
    private long collections;
    private long worst;
    private long worstOutsideGc;
    private long slow;
    private long slowInGc;

    PutClock() {
        collections = collections();
        start = System.nanoTime();
        last = start;
    }

    /** One more put is done. */
    void tick() {
        long now = System.nanoTime();
        long took = now - last;
        last = now;
        worst = Math.max(worst, took);
        if (took > ONE_MILLI) {
            slow++;
            long seen = collections();
            if (seen != collections) {
                collections = seen;
                slowInGc++;
                return;
            }
        }
        worstOutsideGc = Math.max(worstOutsideGc, took);
    }

    /** What the puts so far took. */
    PutLatency latency() {
        return new PutLatency(worst, worstOutsideGc, slow, slowInGc, last - start);
    }

    private long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    /**
     * The slowest single put (with and without a garbage collection during it), how many puts
     * took over a millisecond and how many of those overlapped a collection, and the total.
     */
    record PutLatency(
            long worstNanos,
            long worstOutsideGcNanos,
            long putsOverOneMilli,
            long putsOverOneMilliInGc,
            long totalNanos) {}
}
