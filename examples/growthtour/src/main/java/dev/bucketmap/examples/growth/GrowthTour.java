package dev.bucketmap.examples.growth;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A tour of Go's map design, on a live generated map: (1) the table doubling and its old
 * buckets evacuated a couple per insert, (2) a same-size growth that repacks overflow chains
 * under churn, (3) two traversals of one map in different orders, (4) the same order in
 * every run under {@code -Dbucketmap.seed}.
 *
 * <p>Usage: {@code GrowthTour [entries]}: how many entries part 1 inserts, default 20,000.
 * Exit codes: 0 when the map behaved as described, 1 when it did not, 2 for a bad argument.
 */
public final class GrowthTour {

    static final int DEFAULT_ENTRIES = 20_000;
    static final int MAX_ENTRIES = 10_000_000;
    /** The churn of part 2 is the same in every run; the map's own hash seed is not. */
    static final long CHURN_SEED = 8;

    static final int OK = 0;
    static final int SURPRISE = 1;
    static final int USAGE = 2;

    private static final String USAGE_LINE = String.format(
            Locale.ROOT,
            "usage: GrowthTour [entries]   (a whole number from 1 to %,d, default %,d)",
            MAX_ENTRIES,
            DEFAULT_ENTRIES);

    private GrowthTour() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Everything {@link #main} does, without exiting: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE_LINE);
            return OK;
        }
        int entries;
        try {
            entries = parseEntries(args);
        } catch (IllegalArgumentException e) {
            err.println("GrowthTour: " + e.getMessage() + "; " + USAGE_LINE);
            return USAGE;
        }
        out.println("bucketmap growth tour: Go's map design, watched through stats()");
        out.println("B = log2 of the bucket count; each bucket has 8 slots; load = entries per bucket;");
        out.println("overflow = overflow buckets chained to full buckets; evacuated = old buckets whose");
        out.println("entries have moved to the new table so far.");
        out.println();

        Doubling.run(entries, out);
        int sameSizeGrowths = SameSizeGrowth.run(CHURN_SEED, out);
        int walks = RandomOrder.run(out);
        SeededOrder.Outcome seeded = SeededOrder.run(out);

        boolean asDescribed = sameSizeGrowths > 0 && walks <= 50 && seeded != SeededOrder.Outcome.DIFFERENT_WITH_SEED;
        return asDescribed ? OK : SURPRISE;
    }

    static int parseEntries(String[] args) {
        if (args.length == 0) {
            return DEFAULT_ENTRIES;
        }
        if (args.length > 1) {
            throw new IllegalArgumentException("expected at most one argument, got " + args.length);
        }
        long entries;
        try {
            entries = Long.parseLong(args[0].strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + args[0] + "\" is not a number of entries", e);
        }
        if (entries < 1 || entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d entries is out of range", entries));
        }
        return (int) entries;
    }
}
