package dev.bucketmap.examples.orderbook;

import dev.bucketmap.BucketMap;

/**
 * Live orders by order id. The processor generates {@code BucketMap_OrderIndex}: a bucket
 * map with {@code long} keys stored unboxed and {@link Order} values.
 *
 * <p>Only the operations the order book needs are declared; each one is a form from the
 * contract (get, containsKey, put, putIfAbsent, remove, size, forEach, cursor).
 */
@BucketMap(key = long.class, value = Order.class)
public interface OrderIndex {

    /** The live order with this id, or {@code null}. */
    Order get(long orderId);

    /** Whether an order with this id is live. */
    boolean containsKey(long orderId);

    /** Stores an order; returns the order it replaced, or {@code null}. */
    Order put(long orderId, Order order);

    /** Stores an order unless its id is already live; returns the live order, or {@code null} if stored. */
    Order putIfAbsent(long orderId, Order order);

    /** Removes an order; returns it, or {@code null} if it was not live. */
    Order remove(long orderId);

    /** The number of live orders. */
    int size();

    /** Visits every live order once, in a random order. */
    void forEach(Visitor visitor);

    /** An allocation-free walk over every live order, in a random order. */
    Cursor cursor();

    /** What {@link #forEach} calls for each order. */
    @FunctionalInterface
    interface Visitor {
        void visit(long orderId, Order order);
    }

    /** Use as {@code while (c.next()) use(c.key(), c.value())}. */
    interface Cursor {
        boolean next();

        long key();

        Order value();
    }
}
