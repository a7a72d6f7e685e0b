package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** int → int as a {@code Map<Integer, Integer>}, with the primitive forms as overloads. */
@BucketMap(key = int.class, value = int.class)
public interface IntIntMap extends Map<Integer, Integer> {
    int get(int key);

    int getOrDefault(int key, int defaultValue);

    int put(int key, int value);

    int remove(int key);

    int addValue(int key, int delta);
}
