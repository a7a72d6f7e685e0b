package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** The smallest useful shape. */
@BucketMap(key = long.class, value = String.class)
public interface Minimal {
    String get(long key);

    String put(long key, String value);

    int size();
}
