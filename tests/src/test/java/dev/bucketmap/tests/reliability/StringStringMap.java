package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.function.BinaryOperator;

/** Reference keys and values with nulls, for fuzzing. */
@BucketMap(key = String.class, value = String.class)
interface StringStringMap {
    String get(String key);

    String put(String key, String value);

    String putIfAbsent(String key, String value);

    String remove(String key);

    boolean remove(String key, String value);

    String merge(String key, String value, BinaryOperator<String> fn);

    int size();

    void clear();
}
