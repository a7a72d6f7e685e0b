package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** long → String as a {@code Map}, with the primitive forms and a cursor; see {@link RacingIntMap}. */
@BucketMap(key = long.class, value = String.class)
interface RacingLongStringMap extends Map<Long, String> {
    String put(long key, String value);

    String remove(long key);

    long[] keys();

    Cursor cursor();

    interface Cursor {
        boolean next();

        long key();

        String value();

        void setValue(String value);

        void remove();
    }
}
