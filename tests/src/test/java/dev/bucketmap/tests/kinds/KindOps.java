package dev.bucketmap.tests.kinds;

import dev.bucketmap.runtime.MapStats;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every form of the contract over boxed keys and values, so one harness drives every
 * generated combination. {@link ReflectiveOps} implements it for any generated map.
 */
interface KindOps<K, V> {
    /** The generated map itself. */
    Object map();

    MapStats stats();

    V get(K key);

    V getOrDefault(K key, V dflt);

    boolean containsKey(K key);

    boolean containsValue(V value);

    int size();

    boolean isEmpty();

    void clear();

    V put(K key, V value);

    V putIfAbsent(K key, V value);

    V remove(K key);

    boolean remove(K key, V value);

    V replace(K key, V value);

    boolean replace(K key, V oldValue, V newValue);

    V computeIfAbsent(K key, Function<K, V> fn);

    V computeIfPresent(K key, BiFunction<K, V, V> fn);

    V compute(K key, BiFunction<K, V, V> fn);

    V merge(K key, V value, BinaryOperator<V> fn);

    /** Whether the map declares {@code addValue}. */
    boolean hasAddValue();

    V addValue(K key, V delta);

    void forEach(BiConsumer<K, V> action);

    void forEachKey(Consumer<K> action);

    void forEachValue(Consumer<V> action);

    boolean removeIf(BiPredicate<K, V> filter);

    /** The array {@code keys()} returns, as it is ({@code int[]}, {@code String[]}, ...). */
    Object keys();

    /** The array {@code values()} returns, as it is. */
    Object values();

    /** Whether the map's cursor declares {@code setValue} and {@code remove}. */
    boolean cursorCanEdit();

    Cursor<K, V> cursor();

    interface Cursor<K, V> {
        boolean next();

        K key();

        V value();

        void setValue(V value);

        void remove();
    }
}
