package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** Holds a nested annotated interface: the generated class is {@code BucketMap_Outer_Inner}. */
public final class Outer {
    private Outer() {}

    @BucketMap(key = long.class, value = String.class)
    public interface Inner {
        String get(long key);

        String put(long key, String value);

        String remove(long key);

        int size();

        LongStringReader cursor();
    }
}
