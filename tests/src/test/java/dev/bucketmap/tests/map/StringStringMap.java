package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/**
 * String → String as a {@code Map<String, String>}: null keys and values. {@code put} and
 * {@code size} are redeclared (the same methods as Map's, generated once).
 */
@BucketMap(key = String.class, value = String.class)
public interface StringStringMap extends Map<String, String> {
    @Override
    String put(String key, String value);

    @Override
    int size();
}
