package dev.bucketmap.benchmarks.maps;

import dev.bucketmap.BucketMap;

/** The {@code String → int} map under test; absent keys read as 0; {@code addValue} counts words. */
@BucketMap(key = String.class, value = int.class)
public interface StringIntMap {
    int get(String key);

    int put(String key, int value);

    int remove(String key);

    int addValue(String key, int delta);

    int size();

    Cursor cursor();

    /** Allocation-free traversal. */
    interface Cursor {
        boolean next();

        String key();

        int value();
    }
}
