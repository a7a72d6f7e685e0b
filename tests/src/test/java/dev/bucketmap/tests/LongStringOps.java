package dev.bucketmap.tests;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Every method form of the contract for {@code long} keys and {@code String} values,
 * written with {@code java.util.function} types (primitive and boxed).
 *
 * <p>Not annotated itself: {@link JufMap} inherits all of it, and the differential
 * tests drive every map through this interface (other shapes through an adapter).
 */
public interface LongStringOps {
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

    String computeIfAbsent(long key, LongFunction<String> fn);

    String computeIfPresent(long key, BiFunction<Long, String, String> fn);

    String compute(long key, BiFunction<Long, String, String> fn);

    String merge(long key, String value, BinaryOperator<String> fn);

    void forEach(BiConsumer<Long, String> action);

    void forEachKey(LongConsumer action);

    void forEachValue(Consumer<String> action);

    boolean removeIf(BiPredicate<Long, String> filter);

    long[] keys();

    String[] values();

    LongStringCursor cursor();
}
