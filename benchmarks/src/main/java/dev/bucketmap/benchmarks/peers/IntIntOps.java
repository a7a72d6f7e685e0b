package dev.bucketmap.benchmarks.peers;

/**
 * An {@code int → int} map of one library, as the benchmarks drive it; see {@link LongStringOps}.
 * Absent keys read as 0; the benchmarks never store 0 or {@link Integer#MIN_VALUE} as a value
 * (Agrona reserves a "missing value", here {@code MIN_VALUE}).
 */
public interface IntIntOps {
    int get(int key);

    void put(int key, int value);

    void remove(int key);

    int size();

    /** Visits every entry; returns the sum of the keys and the values. */
    long traverse();

    Object map();
}
