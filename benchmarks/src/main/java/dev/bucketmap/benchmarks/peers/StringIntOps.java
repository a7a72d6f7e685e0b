package dev.bucketmap.benchmarks.peers;

/**
 * A {@code String → int} map of one library, as the benchmarks drive it; see {@link LongStringOps}.
 * Absent keys read as 0.
 */
public interface StringIntOps {
    int get(String key);

    void put(String key, int value);

    void remove(String key);

    /** Adds 1 to the key's count (absent counts as 0), with the library's increment idiom. */
    void increment(String key);

    int size();

    /** Visits every entry; returns the sum of the key lengths and the values. */
    long traverse();

    Object map();
}
