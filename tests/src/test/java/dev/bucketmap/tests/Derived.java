package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** Forms declared here and inherited, with a type argument, from two superinterfaces. */
@BucketMap(key = long.class, value = String.class)
public interface Derived extends Store<String> {
    int size();

    long[] keys();

    String[] values();
}
