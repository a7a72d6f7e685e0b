package dev.bucketmap.examples.graph;

import dev.bucketmap.BucketMap;

/** Union-find's parent pointers: a root is its own parent. */
@BucketMap(key = long.class, value = long.class)
public interface Parents {

    long get(long node);

    long put(long node, long parent);

    int size();
}
