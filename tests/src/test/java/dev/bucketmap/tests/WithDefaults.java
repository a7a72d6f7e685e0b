package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** Default and static methods, which the generated class must leave alone. */
@BucketMap(key = long.class, value = String.class)
public interface WithDefaults {
    String get(long key);

    String put(long key, String value);

    int size();

    void forEach(Fns.EntryAction action);

    /** Built on the generated forms. */
    default String getOrEmpty(long key) {
        String v = get(key);
        return v == null ? "" : v;
    }

    /** Built on the generated forms; returns how many keys were new. */
    default int putAll(long[] keys, String value) {
        int added = 0;
        for (long k : keys) {
            if (put(k, value) == null) {
                added++;
            }
        }
        return added;
    }

    /** Named and shaped like a form, but a default: it must stay this interface's. */
    default String getOrDefault(long key, String dflt) {
        return "from the default method";
    }

    /** Same, for a form with no parameters. */
    default boolean isEmpty() {
        return false;
    }

    /** A static factory naming the generated class. */
    static WithDefaults create() {
        return new BucketMap_WithDefaults();
    }
}
