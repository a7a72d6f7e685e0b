package dev.bucketmap.examples.growth;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Part 3: two traversals of the same unchanged map visit its entries in different orders,
 * because each one starts at a random bucket and at a random slot within every bucket.
 */
final class RandomOrder {

    /** Walks to try before giving up on seeing a second order (each repeats the first with p = 1/32). */
    private static final int MAX_WALKS = 50;

    private RandomOrder() {}

    /** Returns the number of walks it took to see a second order (2 unless the first ones matched by chance). */
    static int run(PrintStream out) {
        BucketMap_TourMap map = TraversalOrder.smallMap();
        out.printf(
                Locale.ROOT,
                "3. Random iteration order: %d entries (ids 1 to %d) in %d buckets, walked twice%n",
                map.size(),
                map.size(),
                map.stats().buckets());
        out.println("   Like Go's range, every traversal starts at a random bucket, and at a random slot in");
        out.println("   each bucket, so no program can come to depend on one order.");
        out.println();
        String first = TraversalOrder.walk(map);
        out.printf(Locale.ROOT, "   walk 1  %s%n", first);
        for (int walk = 2; walk <= MAX_WALKS; walk++) {
            String next = TraversalOrder.walk(map);
            if (!next.equals(first)) {
                out.printf(Locale.ROOT, "   walk %d  %s%n", walk, next);
                out.println();
                out.printf(Locale.ROOT, "   The same %d ids, in another order%s.%n", map.size(), repeats(walk - 2));
                out.println();
                return walk;
            }
        }
        out.printf(
                Locale.ROOT,
                "   %d walks all in the same order: is -Dbucketmap.seed set to something odd?%n%n",
                MAX_WALKS);
        return MAX_WALKS + 1;
    }

    /** How the walks that repeated walk 1 are described; each does so with p = 1/32. */
    private static String repeats(int count) {
        if (count == 0) {
            return "";
        }
        return count == 1
                ? " (walk 2 happened to start where walk 1 did)"
                : " (walks 2 to " + (count + 1) + " happened to start where walk 1 did)";
    }
}
