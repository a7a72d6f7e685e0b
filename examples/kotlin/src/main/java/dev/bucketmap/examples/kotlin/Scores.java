package dev.bucketmap.examples.kotlin;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** A map declared in Java, in the same module, used from Kotlin as a {@code MutableMap<Long, Double>}. */
@BucketMap(key = long.class, value = double.class)
public interface Scores extends Map<Long, Double> {
    double get(long userId);

    double put(long userId, double score);
}
