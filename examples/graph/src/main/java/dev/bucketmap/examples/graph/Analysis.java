package dev.bucketmap.examples.graph;

import dev.bucketmap.runtime.MapStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the example computes about one graph, with the time of each step.
 *
 * @param nodes nodes in the graph
 * @param components connected components, by union-find
 * @param largestRoot the root of the largest component (the BFS starts there)
 * @param largestSize its number of nodes
 * @param componentSizes the final union-find sizes map, one entry per component
 * @param distances BFS distances from {@code largestRoot}
 * @param millis the time of each step, in order
 * @param stats each map's {@code stats()} at the end, in order
 */
record Analysis(
        int nodes,
        long edges,
        int components,
        long largestRoot,
        int largestSize,
        BucketMap_ComponentSizes componentSizes,
        BucketMap_Distances distances,
        Map<String, Double> millis,
        Map<String, MapStats> stats) {

    /** Runs every step on {@code edges}. */
    static Analysis of(Edges edges) {
        Map<String, Double> millis = new LinkedHashMap<>();
        Map<String, MapStats> stats = new LinkedHashMap<>();

        long t = System.nanoTime();
        BucketMap_Degrees degrees = AdjacencyBuilder.degrees(edges);
        t = lap(millis, "count each node's edge ends (Degrees.addValue)", t);
        stats.put("Degrees", degrees.stats());
        BucketMap_Adjacency adjacency = AdjacencyBuilder.adjacency(edges, degrees);
        t = lap(millis, "build neighbour arrays (Adjacency.put)", t);
        stats.put("Adjacency", adjacency.stats());

        UnionFind unionFind = new UnionFind(degrees.size());
        Degrees.Cursor c = degrees.cursor();
        while (c.next()) {
            unionFind.add(c.key());
        }
        for (int i = 0; i < edges.count(); i++) {
            unionFind.union(edges.from()[i], edges.to()[i]);
        }
        t = lap(millis, "union-find over every edge (Parents, ComponentSizes)", t);
        stats.put("Parents", unionFind.parents.stats());
        stats.put("ComponentSizes", unionFind.sizes.stats());

        long[] largest = {0, -1};
        unionFind.sizes.forEach((root, size) -> {
            if (size > largest[1] || size == largest[1] && root < largest[0]) {
                largest[0] = root;
                largest[1] = size;
            }
        });
        BucketMap_Distances distances = Bfs.from(largest[0], adjacency);
        lap(millis, "BFS from the largest component's root (Distances)", t);
        stats.put("Distances", distances.stats());

        return new Analysis(
                degrees.size(),
                edges.count(),
                unionFind.components(),
                largest[0],
                (int) largest[1],
                unionFind.sizes,
                distances,
                millis,
                stats);
    }

    private static long lap(Map<String, Double> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1e6);
        return now;
    }

    /** Whether the BFS reached exactly the nodes union-find put in the start's component. */
    boolean bfsAgreesWithUnionFind() {
        return distances.size() == largestSize;
    }
}
