package dev.bucketmap.examples.wordcount;

import dev.bucketmap.BucketMap;

/**
 * Counts per word. The processor generates {@code BucketMap_WordCounts}: {@code String} keys
 * hashed from their characters with the map's seed, and the counts in a plain {@code int[]},
 * never boxed.
 */
@BucketMap(key = String.class, value = int.class)
public interface WordCounts {

    /** Adds {@code delta} to the word's count (0 when it is new) and returns the new count. */
    int addValue(String word, int delta);

    /** The word's count, or 0. */
    int get(String word);

    /** The number of distinct words. */
    int size();

    /** An allocation-free walk over every word and its count. */
    Cursor cursor();

    /** Use as {@code while (c.next()) use(c.key(), c.value())}. */
    interface Cursor {
        boolean next();

        String key();

        int value();
    }
}
