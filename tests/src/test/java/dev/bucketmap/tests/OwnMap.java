package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** All forms, declared here, with user-defined functional interfaces and cursor. */
@BucketMap(key = long.class, value = String.class)
public interface OwnMap {
    /** A cursor type declared inside the annotated interface itself. */
    interface Walk {
        boolean next();

        long key();

        String value();

        void setValue(String value);

        void remove();
    }

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

    String computeIfAbsent(long key, Fns.KeyToValue fn);

    String computeIfPresent(long key, Fns.Remap fn);

    String compute(long key, Fns.Remap fn);

    String merge(long key, String value, Fns.Merger fn);

    void forEach(Fns.EntryAction action);

    void forEachKey(Fns.KeyAction action);

    void forEachValue(Fns.ValueAction action);

    boolean removeIf(Fns.EntryTest filter);

    long[] keys();

    String[] values();

    Walk cursor();
}
