package dev.bucketmap.examples.graph;

/**
 * Builds the graph's maps from its edge list in two passes: count each node's edge ends
 * ({@code addValue}), then give each node an exactly sized neighbour array and fill it from the
 * end, counting the degrees down to 0 as the next free position. Afterwards a node's degree is
 * the length of its array.
 */
final class AdjacencyBuilder {

    private AdjacencyBuilder() {}

    /** Every node's degree; isolated nodes are in it with degree 0. */
    static BucketMap_Degrees degrees(Edges edges) {
        BucketMap_Degrees degrees = new BucketMap_Degrees();
        for (int i = 0; i < edges.count(); i++) {
            degrees.addValue(edges.from()[i], 1);
            degrees.addValue(edges.to()[i], 1);
        }
        for (long node : edges.isolated()) {
            degrees.addValue(node, 0);
        }
        return degrees;
    }

    /**
     * Every node's neighbours (a self-loop lists the node twice, as its degree counts it twice).
     * Counts {@code degrees} down to 0.
     */
    static BucketMap_Adjacency adjacency(Edges edges, Degrees degrees) {
        BucketMap_Adjacency adjacency = new BucketMap_Adjacency(degrees.size());
        Degrees.Cursor c = degrees.cursor();
        while (c.next()) {
            adjacency.put(c.key(), new long[c.value()]);
        }
        for (int i = 0; i < edges.count(); i++) {
            long a = edges.from()[i];
            long b = edges.to()[i];
            adjacency.get(a)[degrees.addValue(a, -1)] = b;
            adjacency.get(b)[degrees.addValue(b, -1)] = a;
        }
        return adjacency;
    }
}
