package dev.bucketmap.examples.graph;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A random graph with as many edges as nodes, each edge joining two nodes drawn uniformly:
 * on average 2 edge ends per node, which leaves about 80% of the nodes in one giant component
 * and the rest in many small ones. Node ids are scattered over all 64 bits, as database or
 * user ids are, so nothing can index an array with them.
 */
final class RandomGraph {

    private RandomGraph() {}

    /** The id of node number {@code n}: a bijection of the longs (the SplitMix64 finaliser), so ids never repeat. */
    static long id(long n) {
        long z = n + 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    static Edges generate(int nodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int edges = nodes;
        long[] from = new long[edges];
        long[] to = new long[edges];
        boolean[] touched = new boolean[nodes];
        for (int i = 0; i < edges; i++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            from[i] = id(a);
            to[i] = id(b);
            touched[a] = true;
            touched[b] = true;
        }
        int untouched = 0;
        for (boolean t : touched) {
            untouched += t ? 0 : 1;
        }
        long[] isolated = new long[untouched];
        for (int n = 0, i = 0; n < nodes; n++) {
            if (!touched[n]) {
                isolated[i++] = id(n);
            }
        }
        String description = String.format(
                Locale.ROOT,
                "a random graph: %,d nodes with scattered 64-bit ids, %,d random edges (seed %d)",
                nodes,
                edges,
                seed);
        return new Edges(description, from, to, edges, isolated);
    }
}
