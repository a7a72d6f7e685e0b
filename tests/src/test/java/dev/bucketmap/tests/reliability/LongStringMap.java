package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;

/** The classic id map, for growth under memory pressure and racing threads. */
@BucketMap(key = long.class, value = String.class)
public interface LongStringMap {
    String get(long key);

    String put(long key, String value);

    String remove(long key);

    int size();
}
