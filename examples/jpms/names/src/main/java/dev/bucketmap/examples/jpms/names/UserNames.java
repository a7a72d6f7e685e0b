package dev.bucketmap.examples.jpms.names;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;

/** User names by user id, exported to the modules that read this one. */
@BucketMap(key = long.class, value = String.class)
public interface UserNames {
    String put(long userId, String name);

    String get(long userId);

    int size();

    void forEach(BiConsumer<Long, String> action);

    /** A map of the given users, ids from 1 on. */
    static UserNames of(String... names) {
        UserNames users = new BucketMap_UserNames(names.length);
        for (int i = 0; i < names.length; i++) {
            users.put(i + 1, names[i]);
        }
        return users;
    }
}
