package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.Map;

/**
 * int → int as a {@code Map}, with the primitive forms and a cursor, for traversals that write
 * ({@code replaceAll}, {@code Entry.setValue}, a cursor's {@code setValue} and {@code remove},
 * {@code removeIf}, {@code Iterator.remove}) racing writers.
 */
@BucketMap(key = int.class, value = int.class)
interface RacingIntMap extends Map<Integer, Integer> {
    int put(int key, int value);

    int remove(int key);

    int[] keys();

    boolean removeIf(IntIntTest filter);

    Cursor cursor();

    interface IntIntTest {
        boolean test(int key, int value);
    }

    interface Cursor {
        boolean next();

        int key();

        int value();

        void setValue(int value);

        void remove();
    }
}
