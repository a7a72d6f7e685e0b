package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/**
 * double keys, boxed Double values, as a {@code Map<Double, Double>}. It declares no {@code
 * put(double, Double)} form: beside Map's {@code put(Double, Double)}, a call {@code put(0.0,
 * 1.0)} would box either argument and match both, which javac rejects as ambiguous.
 */
@BucketMap(key = double.class, value = Double.class)
public interface DoubleMap extends Map<Double, Double> {
    Double get(double key);
}
