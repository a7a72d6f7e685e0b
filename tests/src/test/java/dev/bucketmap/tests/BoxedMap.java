package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/** All forms, with fully boxed {@code java.util.function} parameters. */
@BucketMap(key = long.class, value = String.class)
public interface BoxedMap {
    String get(long key);

    String getOrDefault(long key, String dflt);

    boolean containsKey(long key);

    boolean containsValue(String value);

    int size();

    boolean isEmpty();

    void clear();

    String put(long key, String value);

    String putIfAbsent(long key, String value);

    String remove(long key);

    boolean remove(long key, String value);

    String replace(long key, String value);

    boolean replace(long key, String oldValue, String newValue);

    String computeIfAbsent(long key, Function<Long, String> fn);

    String computeIfPresent(long key, BiFunction<Long, String, String> fn);

    String compute(long key, BiFunction<Long, String, String> fn);

    String merge(long key, String value, BiFunction<String, String, String> fn);

    void forEach(BiConsumer<Long, String> action);

    void forEachKey(Consumer<Long> action);

    void forEachValue(Consumer<String> action);

    boolean removeIf(BiPredicate<Long, String> filter);

    long[] keys();

    String[] values();

    LongStringCursor cursor();
}
