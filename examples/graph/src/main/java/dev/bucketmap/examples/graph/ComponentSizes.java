package dev.bucketmap.examples.graph;

import dev.bucketmap.BucketMap;

/** The size of each component, kept for its root only: one entry per component. */
@BucketMap(key = long.class, value = int.class)
public interface ComponentSizes {

    int get(long root);

    int put(long root, int size);

    int addValue(long root, int delta);

    int remove(long root);

    int size();

    void forEach(Visitor visitor);

    /** What {@link #forEach} calls for each component. */
    @FunctionalInterface
    interface Visitor {
        void visit(long root, int size);
    }
}
