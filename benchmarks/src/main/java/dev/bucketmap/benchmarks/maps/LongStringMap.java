package dev.bucketmap.benchmarks.maps;

import dev.bucketmap.BucketMap;

/**
 * The {@code long → String} map under test; the processor generates {@code BucketMap_LongStringMap}.
 * It declares only what the benchmarks call.
 */
@BucketMap(key = long.class, value = String.class)
public interface LongStringMap {
    String get(long key);

    String put(long key, String value);

    String remove(long key);

    int size();

    Cursor cursor();

    /** Allocation-free traversal: {@code while (c.next()) use(c.key(), c.value())}. */
    interface Cursor {
        boolean next();

        long key();

        String value();
    }
}
