package dev.bucketmap.examples.graph;

import dev.bucketmap.BucketMap;
import java.util.function.IntConsumer;

/** BFS distances from the start node; a node not reached yet has none: {@link #defaultValue()}. */
@BucketMap(key = long.class, value = int.class)
public interface Distances {

    int UNREACHED = -1;

    /** The distance of a reached node, else {@link #UNREACHED}. */
    int get(long node);

    int put(long node, int distance);

    int size();

    void forEachValue(IntConsumer action);

    /** What {@link #get} returns for a node that is not in the map. */
    default int defaultValue() {
        return UNREACHED;
    }
}
