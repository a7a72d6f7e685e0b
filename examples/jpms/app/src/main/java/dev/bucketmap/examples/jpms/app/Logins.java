package dev.bucketmap.examples.jpms.app;

import dev.bucketmap.BucketMap;
import dev.bucketmap.runtime.MapStats;

/** Logins counted per user id: a map private to this module. */
@BucketMap(key = long.class, value = int.class)
interface Logins {
    int addValue(long userId, int delta);

    int get(long userId);

    int size();

    MapStats stats();
}
