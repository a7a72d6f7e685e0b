package dev.bucketmap.examples.growth;

import dev.bucketmap.BucketMap;
import java.util.function.LongConsumer;

/**
 * The map the tour watches: {@code long} ids to labels. The processor generates
 * {@code BucketMap_TourMap}, whose {@code stats()} shows the table at any moment.
 */
@BucketMap(key = long.class, value = String.class)
public interface TourMap {

    String put(long id, String label);

    String remove(long id);

    boolean containsKey(long id);

    int size();

    /** Visits every id once, starting at a random bucket and slot. */
    void forEachKey(LongConsumer action);
}
