package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Reference keys and values whose own methods may throw. */
@BucketMap(key = Touchy.class, value = Fragile.class)
interface TouchyMap {
    Fragile get(Touchy key);

    Fragile put(Touchy key, Fragile value);

    Fragile putIfAbsent(Touchy key, Fragile value);

    Fragile remove(Touchy key);

    boolean remove(Touchy key, Fragile value);

    Fragile replace(Touchy key, Fragile value);

    boolean replace(Touchy key, Fragile oldValue, Fragile newValue);

    boolean containsKey(Touchy key);

    boolean containsValue(Fragile value);

    Fragile compute(Touchy key, BiFunction<Touchy, Fragile, Fragile> fn);

    Fragile computeIfAbsent(Touchy key, Function<Touchy, Fragile> fn);

    Fragile computeIfPresent(Touchy key, BiFunction<Touchy, Fragile, Fragile> fn);

    Fragile merge(Touchy key, Fragile value, BinaryOperator<Fragile> fn);

    void forEach(BiConsumer<Touchy, Fragile> action);

    boolean removeIf(BiPredicate<Touchy, Fragile> filter);

    int size();

    void clear();
}
