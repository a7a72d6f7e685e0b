package dev.bucketmap.examples.graph;

import java.util.Arrays;

/** Breadth-first search: the distance in edges from one node to every node it reaches. */
final class Bfs {

    private Bfs() {}

    /** Distances from {@code start}; the map holds exactly the nodes reached. */
    static BucketMap_Distances from(long start, Adjacency adjacency) {
        BucketMap_Distances distances = new BucketMap_Distances();
        long[] queue = new long[1024];
        int head = 0;
        int tail = 0;
        distances.put(start, 0);
        queue[tail++] = start;
        while (head < tail) {
            long node = queue[head++];
            int next = distances.get(node) + 1;
            for (long neighbour : adjacency.get(node)) {
                if (distances.get(neighbour) == Distances.UNREACHED) {
                    distances.put(neighbour, next);
                    if (tail == queue.length) {
                        queue = Arrays.copyOf(queue, queue.length * 2);
                    }
                    queue[tail++] = neighbour;
                }
            }
        }
        return distances;
    }
}
