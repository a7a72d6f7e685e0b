package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.OrderStore.Answer;
import dev.bucketmap.examples.orderbook.PutClock.PutLatency;
import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one day of order traffic through both stores, operation by operation, timing each
 * and checking that both maps give the same answers and end with the same contents.
 */
final class Comparison {

    /** One operation, run on both maps. Times are wall-clock nanoseconds for the whole batch. */
    record Row(
            String operation,
            String form,
            long ops,
            long bucketNanos,
            long hashNanos,
            Answer bucket,
            Answer hash,
            String answer) {

        boolean agrees() {
            return bucket.equals(hash);
        }
    }

    /** Everything one run measured and checked. */
    record Result(
            int orders,
            List<Row> rows,
            PutLatency bucketGrowth,
            PutLatency hashGrowth,
            MapStats orderStats,
            MapStats positionStats,
            int finalOrders,
            int finalPositions,
            List<String> problems) {

        /** True when every operation answered alike and the final maps hold the same entries. */
        boolean allAgree() {
            return problems.isEmpty();
        }
    }

    private Comparison() {}

    /** Generates the traffic for {@code orders} new orders from {@code seed} and runs it on both maps. */
    static Result run(int orders, long seed) {
        OrderFlow flow = OrderFlow.generate(orders, seed);
        settleHeap();
        BucketMapStore bucket = new BucketMapStore();
        HashMapStore hash = new HashMapStore();

        List<Row> rows = new ArrayList<>();
        rows.add(time(
                "new orders",
                "put",
                flow.orders.length,
                bucket,
                hash,
                s -> s.insert(flow.orders),
                a -> count(a.count()) + " stored"));
        rows.add(time(
                "re-sent orders",
                "putIfAbsent",
                flow.resubmissions.length,
                bucket,
                hash,
                s -> s.resubmit(flow.resubmissions),
                a -> count(a.count()) + " new, rest duplicates"));
        rows.add(time(
                "look up by id",
                "get",
                flow.lookups.length,
                bucket,
                hash,
                s -> s.lookup(flow.lookups),
                a -> count(a.count()) + " found"));
        rows.add(time(
                "is order live?",
                "containsKey",
                flow.probes.length,
                bucket,
                hash,
                s -> s.probe(flow.probes),
                a -> count(a.count()) + " live"));
        rows.add(time(
                "amend quantity",
                "put",
                flow.amendments.length,
                bucket,
                hash,
                s -> s.amend(flow.amendments),
                a -> count(a.count()) + " replaced"));
        rows.add(time(
                "book executions",
                "merge",
                flow.fills.length,
                bucket,
                hash,
                s -> s.fill(flow.fillAccounts, flow.fills),
                a -> count(a.count()) + " accounts with a position"));
        rows.add(time(
                "cancel",
                "remove",
                flow.cancels.length,
                bucket,
                hash,
                s -> s.cancel(flow.cancels),
                a -> count(a.count()) + " cancelled"));
        int live = bucket.orders().size();
        rows.add(time(
                "open notional",
                "cursor",
                live,
                bucket,
                hash,
                OrderStore::traverse,
                a -> count(a.count()) + " orders, " + count(a.checksum()) + " ticks"));

        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            if (!row.agrees()) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s (%s): bucketmap answered %s, HashMap %s",
                        row.operation(),
                        row.form(),
                        row.bucket(),
                        row.hash()));
            }
        }
        compareOrders(bucket.orders(), hash.orders(), problems);
        comparePositions(bucket.positions(), hash.positions(), problems);

        settleHeap();
        PutLatency bucketGrowth = bucket.growFromEmpty(flow.orders);
        PutLatency hashGrowth = hash.growFromEmpty(flow.orders);

        return new Result(
                orders,
                List.copyOf(rows),
                bucketGrowth,
                hashGrowth,
                bucket.orderStats(),
                bucket.positionStats(),
                bucket.orders().size(),
                bucket.positions().size(),
                List.copyOf(problems));
    }

    /**
     * Moves the traffic just generated out of the young generation before anything is timed,
     * so that the first map timed does not pay for promoting it.
     */
    private static void settleHeap() {
        System.gc();
    }

    private static Row time(
            String operation,
            String form,
            long ops,
            OrderStore bucket,
            OrderStore hash,
            Function<OrderStore, Answer> work,
            Function<Answer, String> describe) {
        long start = System.nanoTime();
        Answer bucketAnswer = work.apply(bucket);
        long middle = System.nanoTime();
        Answer hashAnswer = work.apply(hash);
        long end = System.nanoTime();
        return new Row(
                operation,
                form,
                ops,
                middle - start,
                end - middle,
                bucketAnswer,
                hashAnswer,
                describe.apply(bucketAnswer));
    }

    /** Every order the bucket map holds (visited with forEach) must be HashMap's, and the counts equal. */
    private static void compareOrders(OrderIndex bucket, Map<Long, Order> hash, List<String> problems) {
        Tally tally = new Tally();
        bucket.forEach((id, order) -> tally.see(id, order.equals(hash.get(id))));
        tally.check("orders", bucket.size(), hash, problems);
    }

    private static void comparePositions(PositionBook bucket, Map<Long, Position> hash, List<String> problems) {
        Tally tally = new Tally();
        bucket.forEach((account, position) -> tally.see(account, position.equals(hash.get(account))));
        tally.check("positions", bucket.size(), hash, problems);
    }

    /** What a forEach over the bucket map saw. A key seen twice or never shows in the key sum. */
    private static final class Tally {
        private long visited;
        private long keySum;
        private long differing;

        void see(long key, boolean sameAsHashMap) {
            visited++;
            keySum += key;
            if (!sameAsHashMap) {
                differing++;
            }
        }

        void check(String what, int size, Map<Long, ?> hash, List<String> problems) {
            long hashKeySum = 0;
            for (long key : hash.keySet()) {
                hashKeySum += key;
            }
            if (size != hash.size()) {
                problems.add(
                        String.format(Locale.ROOT, "%s: bucketmap holds %,d, HashMap %,d", what, size, hash.size()));
            }
            if (visited != size) {
                problems.add(String.format(
                        Locale.ROOT, "%s: forEach visited %,d entries, size() is %,d", what, visited, size));
            } else if (keySum != hashKeySum) {
                problems.add(what + ": forEach visited other keys than HashMap holds");
            }
            if (differing > 0) {
                problems.add(String.format(Locale.ROOT, "%s: %,d entries differ from HashMap's", what, differing));
            }
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
