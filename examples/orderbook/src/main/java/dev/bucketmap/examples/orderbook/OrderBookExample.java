package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.Comparison.Result;
import java.io.PrintStream;
import java.util.Locale;

/**
 * An exchange gateway's order book, indexed by order id in a generated bucket map and, side
 * by side, in a {@code HashMap<Long, Order>}: new orders, re-sent orders, lookups, liveness
 * checks, amendments, executions booked into per-account positions, cancels and a walk over
 * the whole book. Prints the time of each operation on both maps, checks that both maps
 * answered alike, and shows the bucket maps' {@code stats()}.
 *
 * <p>Usage: {@code OrderBookExample [orders]}, default 2,000,000. Exit codes: 0 when both
 * maps agree, 1 when they do not, 2 for a bad argument, 3 when the heap is too small.
 */
public final class OrderBookExample {

    static final int DEFAULT_ORDERS = 2_000_000;
    static final int MAX_ORDERS = 20_000_000;
    static final int WARM_UP_ORDERS = 100_000;
    /** The traffic is the same on every run; the maps' own hash seeds are not (see -Dbucketmap.seed). */
    static final long DATA_SEED = 20_240_601L;

    static final int OK = 0;
    static final int MISMATCH = 1;
    static final int USAGE = 2;
    static final int OUT_OF_MEMORY = 3;

    private static final String USAGE_LINE = "usage: OrderBookExample [orders]   (a whole number from 1 to "
            + Comparison.count(MAX_ORDERS) + ", default " + Comparison.count(DEFAULT_ORDERS) + ")";

    private OrderBookExample() {}

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
        int orders;
        try {
            orders = parseOrders(args);
        } catch (IllegalArgumentException e) {
            err.println("OrderBookExample: " + e.getMessage() + "; " + USAGE_LINE);
            return USAGE;
        }
        try {
            return compare(orders, out);
        } catch (OutOfMemoryError e) {
            err.println("OrderBookExample: not enough heap for " + Comparison.count(orders)
                    + " orders; give fewer orders or a larger -Xmx (MAVEN_OPTS for exec:java)");
            return OUT_OF_MEMORY;
        }
    }

    static int parseOrders(String[] args) {
        if (args.length == 0) {
            return DEFAULT_ORDERS;
        }
        if (args.length > 1) {
            throw new IllegalArgumentException("expected at most one argument, got " + args.length);
        }
        String text = args[0].strip().replace("_", "").replace(",", "");
        long orders;
        try {
            orders = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + args[0] + "\" is not a number of orders", e);
        }
        if (orders < 1 || orders > MAX_ORDERS) {
            throw new IllegalArgumentException(Comparison.count(orders) + " orders is out of range");
        }
        return (int) orders;
    }

    private static int compare(int orders, PrintStream out) {
        long started = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        out.println("bucketmap example: an exchange order book indexed by order id");
        out.printf(
                Locale.ROOT,
                "%s new orders (traffic seed %d); Java %s (%s), %d CPUs, max heap %,d MB%s%n",
                Comparison.count(orders),
                DATA_SEED,
                Runtime.version(),
                System.getProperty("java.vm.name"),
                runtime.availableProcessors(),
                runtime.maxMemory() >> 20,
                deterministicNote());

        int warmUpOrders = Math.min(orders, WARM_UP_ORDERS);
        Result warmUp = Comparison.run(warmUpOrders, DATA_SEED + 1);
        if (!warmUp.allAgree()) {
            out.printf(Locale.ROOT, "warm-up on %s orders:%n", Comparison.count(warmUpOrders));
            Report.print(warmUp, out);
            return MISMATCH;
        }
        out.printf(Locale.ROOT, "warm-up on %s orders: both maps agree%n%n", Comparison.count(warmUpOrders));

        Result result = Comparison.run(orders, DATA_SEED);
        Report.print(result, out);
        out.printf(
                Locale.ROOT,
                "(%.1f s in all, generating the traffic and the warm-up included)%n",
                (System.nanoTime() - started) / 1e9);
        return result.allAgree() ? OK : MISMATCH;
    }

    private static String deterministicNote() {
        String seed = System.getProperty("bucketmap.seed");
        return seed == null ? "" : "; -Dbucketmap.seed=" + seed + " (deterministic hashing and iteration)";
    }
}
