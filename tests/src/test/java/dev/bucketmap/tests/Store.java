package dev.bucketmap.tests;

/** A second generic level between {@link Lookup} and the annotated {@link Derived}. */
public interface Store<V> extends Lookup<V> {
    V put(long key, V value);

    V remove(long key);
}
