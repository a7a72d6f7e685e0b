package dev.bucketmap.examples.orderbook;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A day of order traffic, generated up front from a seed so that both maps see exactly the
 * same requests and the timings measure map operations only.
 *
 * <p>Order ids are distinct and scattered over 63 bits, as exchange ids that embed a gateway
 * number and a sequence look to a hash function. Ids "never inserted" are drawn from the
 * same sequence past its used end, so a miss is a real miss, never a lucky hit.
 */
final class OrderFlow {

    private static final String[] SYMBOLS = {
        "AAPL", "MSFT", "NVDA", "AMZN", "GOOG", "META", "TSLA", "AVGO", "JPM", "V",
        "WMT", "XOM", "UNH", "MA", "PG", "JNJ", "HD", "COST", "ORCL", "BAC",
        "KO", "PEP", "CSCO", "ADBE", "CRM", "NFLX", "AMD", "INTC", "IBM", "QCOM",
    };
    private static final long FIRST_ACCOUNT = 100_000;
    private static final long MASK_63 = Long.MAX_VALUE;

    /** New orders, in arrival order; ids are distinct. */
    final Order[] orders;
    /** A gateway re-sending: every other one repeats a known order, the rest are new. */
    final Order[] resubmissions;
    /** Ids to look up: three in four are live, the rest were never inserted. */
    final long[] lookups;
    /** Ids to check for liveness: one in two live. */
    final long[] probes;
    /** Live orders with a new quantity. */
    final Order[] amendments;
    /** Executions: the account that traded and what it did. */
    final long[] fillAccounts;

    final Position[] fills;
    /** Ids to cancel: four in five live (a few twice), the rest never inserted. */
    final long[] cancels;

    private OrderFlow(
            Order[] orders,
            Order[] resubmissions,
            long[] lookups,
            long[] probes,
            Order[] amendments,
            long[] fillAccounts,
            Position[] fills,
            long[] cancels) {
        this.orders = orders;
        this.resubmissions = resubmissions;
        this.lookups = lookups;
        this.probes = probes;
        this.amendments = amendments;
        this.fillAccounts = fillAccounts;
        this.fills = fills;
        this.cancels = cancels;
    }

    /** The traffic for {@code n} new orders ({@code n >= 1}); the same seed gives the same traffic. */
    static OrderFlow generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one order, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int accounts = Math.max(1, n / 8);

        Order[] orders = new Order[n];
        for (int i = 0; i < n; i++) {
            orders[i] = newOrder(random, i, accounts);
        }

        Order[] resubmissions = new Order[n / 4];
        int fresh = resubmissions.length / 2;
        Order[] live = Arrays.copyOf(orders, n + fresh);
        for (int j = 0; j < resubmissions.length; j++) {
            if (j % 2 == 1) {
                Order order = newOrder(random, n + j / 2, accounts);
                live[n + j / 2] = order;
                resubmissions[j] = order;
            } else {
                resubmissions[j] = orders[random.nextInt(n)];
            }
        }
        long firstUnused = (long) n + fresh;

        long[] lookups = new long[2 * n];
        for (int i = 0; i < lookups.length; i++) {
            lookups[i] = random.nextInt(4) == 0
                    ? orderId(firstUnused + random.nextInt(n))
                    : live[random.nextInt(live.length)].id();
        }

        long[] probes = new long[n];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = random.nextBoolean()
                    ? orderId(firstUnused + random.nextInt(n))
                    : live[random.nextInt(live.length)].id();
        }

        Order[] amendments = new Order[n / 2];
        for (int i = 0; i < amendments.length; i++) {
            amendments[i] = live[random.nextInt(live.length)].withQuantity(lotQuantity(random));
        }

        long[] fillAccounts = new long[n];
        Position[] fills = new Position[n];
        for (int i = 0; i < n; i++) {
            Order order = live[random.nextInt(live.length)];
            fillAccounts[i] = order.account();
            fills[i] = Position.fill(order.side(), 1 + random.nextInt(order.quantity()), order.priceTicks());
        }

        long[] cancels = new long[n / 4];
        for (int i = 0; i < cancels.length; i++) {
            cancels[i] = random.nextInt(5) == 0
                    ? orderId(firstUnused + random.nextInt(n))
                    : live[random.nextInt(live.length)].id();
        }

        return new OrderFlow(orders, resubmissions, lookups, probes, amendments, fillAccounts, fills, cancels);
    }

    private static Order newOrder(SplittableRandom random, long sequence, int accounts) {
        return new Order(
                orderId(sequence),
                FIRST_ACCOUNT + random.nextInt(accounts),
                random.nextBoolean() ? Side.BUY : Side.SELL,
                SYMBOLS[random.nextInt(SYMBOLS.length)],
                1_000 + random.nextInt(200_000),
                lotQuantity(random));
    }

    private static int lotQuantity(SplittableRandom random) {
        return 100 * (1 + random.nextInt(20));
    }

    /**
     * The id of the {@code sequence}-th order: a bijection on 63-bit values (multiplying by an
     * odd constant and xor-shifting are both invertible modulo 2^63), so ids never collide and
     * are never zero or negative.
     */
    static long orderId(long sequence) {
        long z = (sequence + 1) * 0x9E3779B97F4A7C15L & MASK_63;
        z ^= z >>> 31;
        z = z * 0xBF58476D1CE4E5B9L & MASK_63;
        z ^= z >>> 29;
        return z;
    }
}
