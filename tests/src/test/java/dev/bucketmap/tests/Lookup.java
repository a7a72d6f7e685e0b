package dev.bucketmap.tests;

/** A generic, unannotated superinterface: its forms are inherited with V = String. */
public interface Lookup<V> {
    V get(long key);

    boolean containsKey(long key);

    V getOrDefault(long key, V dflt);
}
