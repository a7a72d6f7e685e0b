package dev.bucketmap.examples.orderbook;

import dev.bucketmap.examples.orderbook.PutClock.PutLatency;

/**
 * The order book's operations over one kind of map. {@link BucketMapStore} and
 * {@link HashMapStore} implement each one with the same loop, so they can be read side by
 * side; every loop works on traffic from {@link OrderFlow} and returns an {@link Answer}
 * that the other map must match.
 */
interface OrderStore {

    /** New orders: {@code put}. Answer: orders stored. */
    Answer insert(Order[] orders);

    /** Re-sent orders: {@code putIfAbsent}. Answer: orders accepted as new. */
    Answer resubmit(Order[] orders);

    /** {@code get} by id. Answer: orders found; checksum over their quantities. */
    Answer lookup(long[] ids);

    /** {@code containsKey}. Answer: ids live. */
    Answer probe(long[] ids);

    /** Amendments: {@code put} over live ids. Answer: orders replaced; checksum over old quantities. */
    Answer amend(Order[] orders);

    /** Executions booked into positions: {@code merge}. Answer: accounts with a position. */
    Answer fill(long[] accounts, Position[] fills);

    /** Cancels: {@code remove}. Answer: orders cancelled; checksum over their quantities. */
    Answer cancel(long[] ids);

    /**
     * A walk over every live order (cursor / entry set). Answer: orders seen under their own
     * id; checksum: the open notional of the whole book.
     */
    Answer traverse();

    /** Fills a new, empty map with {@code orders}, timing every single {@code put}. */
    PutLatency growFromEmpty(Order[] orders);

    /**
     * What an operation found: a count a person can read and a checksum that catches a wrong
     * value behind a right count. Both maps must give equal answers.
     */
    record Answer(long count, long checksum) {}
}
