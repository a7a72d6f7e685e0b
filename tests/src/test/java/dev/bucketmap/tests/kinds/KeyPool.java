package dev.bucketmap.tests.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded keys of one domain: edge values (and null), a small range, anywhere, or a key drawn before. */
final class KeyPool<K> {
    private final Domain<K> domain;
    private final Random rnd;
    private final int range;
    private final int[] cumulative;
    private final List<K> history = new ArrayList<>();

    /**
     * @param range keys {@code domain.of(0 .. range-1)} make the small pool
     * @param edge weight of edge values (null included for nullable keys)
     * @param small weight of the small pool
     * @param wide weight of random keys from the whole domain
     * @param again weight of a key drawn before
     */
    KeyPool(Domain<K> domain, Random rnd, int range, int edge, int small, int wide, int again) {
        this.domain = domain;
        this.rnd = rnd;
        this.range = range;
        this.cumulative = new int[] {edge, edge + small, edge + small + wide, edge + small + wide + again};
    }

    K next() {
        int r = rnd.nextInt(cumulative[3]);
        K k;
        if (r < cumulative[0]) {
            int i = rnd.nextInt(domain.edges.size() + (domain.nullable ? 1 : 0));
            k = i == domain.edges.size() ? null : domain.edges.get(i);
        } else if (r < cumulative[1]) {
            k = domain.of(rnd.nextInt(range));
        } else if (r < cumulative[2] || history.isEmpty()) {
            k = domain.random(rnd);
        } else {
            return history.get(rnd.nextInt(history.size()));
        }
        if (history.size() < 1 << 16) {
            history.add(k);
        } else {
            history.set(rnd.nextInt(history.size()), k);
        }
        return k;
    }
}
