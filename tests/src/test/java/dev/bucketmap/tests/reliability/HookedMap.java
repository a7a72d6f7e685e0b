package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.function.ObjIntConsumer;

/** Keys whose hashCode runs a hook, for what a traversal throws when a read fails. */
@BucketMap(key = Hooked.class, value = int.class)
interface HookedMap {
    int put(Hooked key, int value);

    int remove(Hooked key);

    void forEach(ObjIntConsumer<Hooked> action);

    int size();
}
