package dev.bucketmap.examples.dropin;

import dev.bucketmap.BucketMap;

import java.util.function.BiConsumer;

/**
 * The map operations the user directory needs, with the names and meanings they have in
 * {@code java.util.Map<Long, String>}, but {@code long} ids. Two implementations:
 * {@link HashMapUserTable}, a {@code HashMap<Long, String>} behind these methods, and
 * {@code BucketMap_UserTable}, which the processor generates from this interface.
 */
@BucketMap(key = long.class, value = String.class)
public interface UserTable {

    String get(long id);

    boolean containsKey(long id);

    String put(long id, String name);

    String putIfAbsent(long id, String name);

    String replace(long id, String name);

    String remove(long id);

    int size();

    void forEach(BiConsumer<Long, String> action);
}
