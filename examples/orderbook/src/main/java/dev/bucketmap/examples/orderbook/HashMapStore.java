package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.PutClock.PutLatency;
import java.util.HashMap;
import java.util.Map;

/** The same order book on {@code java.util.HashMap}: ids are boxed to {@code Long}. */
final class HashMapStore implements OrderStore {

    private final Map<Long, Order> orders = new HashMap<>();
    private final Map<Long, Position> positions = new HashMap<>();

    Map<Long, Order> orders() {
        return orders;
    }

    Map<Long, Position> positions() {
        return positions;
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
        for (Map.Entry<Long, Order> e : orders.entrySet()) {
            if (e.getKey() == e.getValue().id()) {
                seen++;
            }
            openNotional += e.getValue().notional();
        }
        return new Answer(seen, openNotional);
    }

    @Override
    public PutLatency growFromEmpty(Order[] batch) {
        Map<Long, Order> fresh = new HashMap<>();
        PutClock clock = new PutClock();
        for (Order order : batch) {
            fresh.put(order.id(), order);
            clock.tick();
        }
        return clock.latency();
    }
}
