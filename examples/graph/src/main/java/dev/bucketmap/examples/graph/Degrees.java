package dev.bucketmap.examples.graph;

import dev.bucketmap.BucketMap;

/** Each node's number of edge ends, counted while the edges are read: the node set, too. */
@BucketMap(key = long.class, value = int.class)
public interface Degrees {

    /** Adds to a node's degree (a new node starts at 0) and returns the new degree. */
    int addValue(long node, int delta);

    int get(long node);

    int size();

    Cursor cursor();

    /** Use as {@code while (c.next()) use(c.key(), c.value())}. */
    interface Cursor {
        boolean next();

        long key();

        int value();
    }
}
