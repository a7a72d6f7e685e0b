package dev.bucketmap.examples.graph;

import dev.bucketmap.BucketMap;

/** Each node's neighbours, one exactly sized {@code long[]} per node. */
@BucketMap(key = long.class, value = long[].class)
public interface Adjacency {

    long[] get(long node);

    long[] put(long node, long[] neighbours);

    int size();
}
