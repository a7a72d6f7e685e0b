package dev.bucketmap.tests;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/** {@link LongStringOps} over a map whose forms take boxed java.util.function parameters. */
final class BoxedMapAdapter implements LongStringOps {
    private final BoxedMap map;

    BoxedMapAdapter(BoxedMap map) {
        this.map = map;
    }

    @Override
    public String get(long key) {
        return map.get(key);
    }

    @Override
    public String getOrDefault(long key, String dflt) {
        return map.getOrDefault(key, dflt);
    }

    @Override
    public boolean containsKey(long key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(String value) {
        return map.containsValue(value);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public String put(long key, String value) {
        return map.put(key, value);
    }

    @Override
    public String putIfAbsent(long key, String value) {
        return map.putIfAbsent(key, value);
    }

    @Override
    public String remove(long key) {
        return map.remove(key);
    }

    @Override
    public boolean remove(long key, String value) {
        return map.remove(key, value);
    }

    @Override
    public String replace(long key, String value) {
        return map.replace(key, value);
    }

    @Override
    public boolean replace(long key, String oldValue, String newValue) {
        return map.replace(key, oldValue, newValue);
    }

    @Override
    public String computeIfAbsent(long key, LongFunction<String> fn) {
        return map.computeIfAbsent(key, k -> fn.apply(k));
    }

    @Override
    public String computeIfPresent(long key, BiFunction<Long, String, String> fn) {
        return map.computeIfPresent(key, fn::apply);
    }

    @Override
    public String compute(long key, BiFunction<Long, String, String> fn) {
        return map.compute(key, fn::apply);
    }

    @Override
    public String merge(long key, String value, BinaryOperator<String> fn) {
        return map.merge(key, value, fn::apply);
    }

    @Override
    public void forEach(BiConsumer<Long, String> action) {
        map.forEach(action::accept);
    }

    @Override
    public void forEachKey(LongConsumer action) {
        map.forEachKey(action::accept);
    }

    @Override
    public void forEachValue(Consumer<String> action) {
        map.forEachValue(action::accept);
    }

    @Override
    public boolean removeIf(BiPredicate<Long, String> filter) {
        return map.removeIf(filter::test);
    }

    @Override
    public long[] keys() {
        return map.keys();
    }

    @Override
    public String[] values() {
        return map.values();
    }

    @Override
    public LongStringCursor cursor() {
        return map.cursor();
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
