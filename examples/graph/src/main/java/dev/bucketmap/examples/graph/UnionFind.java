package dev.bucketmap.examples.graph;

/**
 * Connected components by union-find (disjoint sets) over {@code long} node ids: parent
 * pointers in a {@code long → long} map with path halving, union by size with the sizes in a
 * {@code long → int} map that keeps one entry per component.
 */
final class UnionFind {

    final BucketMap_Parents parents;
    final BucketMap_ComponentSizes sizes;

    /** Room for {@code nodes} nodes without growing: the node count is known by now. */
    UnionFind(int nodes) {
        parents = new BucketMap_Parents(nodes);
        sizes = new BucketMap_ComponentSizes(nodes);
    }

    /** Makes {@code node} a component of its own. */
    void add(long node) {
        parents.put(node, node);
        sizes.put(node, 1);
    }

    /** The root of the node's component; halves the path on the way (each node skips to its grandparent). */
    long find(long node) {
        long x = node;
        long parent;
        while ((parent = parents.get(x)) != x) {
            long grandparent = parents.get(parent);
            parents.put(x, grandparent);
            x = grandparent;
        }
        return x;
    }

    /** Joins the components of {@code a} and {@code b}; false if they were one already. */
    boolean union(long a, long b) {
        long rootA = find(a);
        long rootB = find(b);
        if (rootA == rootB) {
            return false;
        }
        int sizeA = sizes.get(rootA);
        int sizeB = sizes.get(rootB);
        long big = sizeA >= sizeB ? rootA : rootB;
        long small = big == rootA ? rootB : rootA;
        parents.put(small, big);
        sizes.addValue(big, sizes.remove(small));
        return true;
    }

    /** The number of components. */
    int components() {
        return sizes.size();
    }
}
