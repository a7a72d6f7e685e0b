package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** double keys, boxed Double values, as a {@code Map<Double, Double>}. */
@BucketMap(key = double.class, value = Double.class)
public interface DoubleMap extends Map<Double, Double> {
    Double get(double key);

    Double put(double key, Double value);
}
