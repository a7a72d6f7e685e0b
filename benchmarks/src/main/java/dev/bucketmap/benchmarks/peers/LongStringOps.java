package dev.bucketmap.benchmarks.peers;

/**
 * A {@code long → String} map of one library, as the benchmarks drive it. Each library's
 * adapter calls the library's own primitive methods (no boxing unless the library boxes,
 * as {@code HashMap} does), and {@link #traverse()} uses the library's fastest idiomatic
 * traversal. A benchmark fork creates only one adapter class, so its call sites stay
 * monomorphic and the JIT inlines the adapter away.
 */
public interface LongStringOps {
    /** The value, or {@code null}. */
    String get(long key);

    void put(long key, String value);

    void remove(long key);

    int size();

    /** Visits every entry; returns the sum of the keys plus the number of non-null values. */
    long traverse();

    /** The library's map itself (for measuring its memory). */
    Object map();
}
