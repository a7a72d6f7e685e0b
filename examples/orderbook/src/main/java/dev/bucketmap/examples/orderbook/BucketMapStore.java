package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.PutClock.PutLatency;
import dev.bucketmap.runtime.MapStats;

/** The order book on generated bucket maps: {@code long} order and account ids stay unboxed. */
final class BucketMapStore implements OrderStore {

    private final BucketMap_OrderIndex orders = new BucketMap_OrderIndex();
    private final BucketMap_PositionBook positions = new BucketMap_PositionBook();

    OrderIndex orders() {
        return orders;
    }

    PositionBook positions() {
        return positions;
    }

    MapStats orderStats() {
        return orders.stats();
    }

    MapStats positionStats() {
        return positions.stats();
    }

    @Override
    public Answer insert(Order[] batch) {
        long stored = 0;
        for (Order order : batch) {
            if (orders.put(order.id(), order) == null) {
                stored++;
            }
        }
        return new Answer(stored, orders.size());
    }

    @Override
    public Answer resubmit(Order[] batch) {
        long accepted = 0;
        for (Order order : batch) {
            if (orders.putIfAbsent(order.id(), order) == null) {
                accepted++;
            }
        }
        return new Answer(accepted, orders.size());
    }

    @Override
    public Answer lookup(long[] ids) {
        long found = 0;
        long quantity = 0;
        for (long id : ids) {
            Order order = orders.get(id);
            if (order != null) {
                found++;
                quantity += order.quantity();
            }
        }
        return new Answer(found, quantity);
    }

    @Override
    public Answer probe(long[] ids) {
        long live = 0;
        long idSum = 0;
        for (long id : ids) {
            if (orders.containsKey(id)) {
                live++;
                idSum += id;
            }
        }
        return new Answer(live, idSum);
    }

    @Override
    public Answer amend(Order[] batch) {
        long replaced = 0;
        long oldQuantity = 0;
        for (Order order : batch) {
            Order old = orders.put(order.id(), order);
            if (old != null) {
                replaced++;
                oldQuantity += old.quantity();
            }
        }
        return new Answer(replaced, oldQuantity);
    }

    @Override
    public Answer fill(long[] accounts, Position[] fills) {
        long net = 0;
        for (int i = 0; i < accounts.length; i++) {
            net += positions.merge(accounts[i], fills[i], Position::plus).net();
        }
        return new Answer(positions.size(), net);
    }

    @Override
    public Answer cancel(long[] ids) {
        long cancelled = 0;
        long quantity = 0;
        for (long id : ids) {
            Order order = orders.remove(id);
            if (order != null) {
                cancelled++;
                quantity += order.quantity();
            }
        }
        return new Answer(cancelled, quantity);
    }

    @Override
    public Answer traverse() {
        long seen = 0;
        long openNotional = 0;
        OrderIndex.Cursor c = orders.cursor();
        while (c.next()) {
            if (c.key() == c.value().id()) {
                seen++;
            }
            openNotional += c.value().notional();
        }
        return new Answer(seen, openNotional);
    }

    @Override
    public PutLatency growFromEmpty(Order[] batch) {
        OrderIndex fresh = new BucketMap_OrderIndex();
        PutClock clock = new PutClock();
        for (Order order : batch) {
            fresh.put(order.id(), order);
            clock.tick();
        }
        return clock.latency();
    }
}
