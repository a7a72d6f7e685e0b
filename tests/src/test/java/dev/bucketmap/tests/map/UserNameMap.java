package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** The drop-in example of the user guide (docs/guide.md), as written there. */
@BucketMap(key = long.class, value = String.class)
public interface UserNameMap extends Map<Long, String> {
    String get(long userId); // optional: primitive forms beside Map's methods

    String put(long userId, String name);
}
