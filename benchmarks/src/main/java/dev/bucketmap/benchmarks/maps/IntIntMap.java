package dev.bucketmap.benchmarks.maps;

import dev.bucketmap.BucketMap;

/** The {@code int → int} map under test; absent keys read as 0. */
@BucketMap(key = int.class, value = int.class)
public interface IntIntMap {
    int get(int key);

    int put(int key, int value);

    int remove(int key);

    int size();

    Cursor cursor();

    /** Allocation-free traversal. */
    interface Cursor {
        boolean next();

        int key();

        int value();
    }
}
