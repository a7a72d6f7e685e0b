package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;
import java.util.function.LongFunction;

/** long → String as a {@code java.util.Map<Long, String>}, with primitive overloads beside it. */
@BucketMap(key = long.class, value = String.class)
public interface LongStringMap extends Map<Long, String> {
    String get(long key);

    String put(long key, String value);

    String remove(long key);

    boolean containsKey(long key);

    String computeIfAbsent(long key, LongFunction<String> fn);

    long[] keys();
}
