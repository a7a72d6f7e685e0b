package dev.bucketmap.tests.map;

import com.google.common.collect.testing.Helpers;
import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.TestMapGenerator;
import dev.bucketmap.runtime.MapStats;
import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds guava-testlib's Map suites with one kind of generated map: a fresh map per test, or one
 * that is in the middle of a same-size growth when the test starts ({@link PreGrown}).
 */
final class BucketMapGenerator<K, V> implements TestMapGenerator<K, V> {
    private static final AtomicLong CREATED = new AtomicLong();

    private final MapKind<K, V> kind;
    private final boolean midGrowth;

    BucketMapGenerator(MapKind<K, V> kind, boolean midGrowth) {
        this.kind = kind;
        this.midGrowth = midGrowth;
    }

    @Override
    public SampleElements<Map.Entry<K, V>> samples() {
        List<K> k = kind.keys();
        List<V> v = kind.values();
        return new SampleElements<>(
                Helpers.mapEntry(k.get(0), v.get(0)),
                Helpers.mapEntry(k.get(1), v.get(1)),
                Helpers.mapEntry(k.get(2), v.get(2)),
                Helpers.mapEntry(k.get(3), v.get(3)),
                Helpers.mapEntry(k.get(4), v.get(4)));
    }

    @Override
    public Map<K, V> create(Object... entries) {
        Map<K, V> map;
        if (midGrowth) {
            map = kind.factory().apply(PreGrown.presize(PreGrown.SUITE_LOG2_BUCKETS));
            int next = PreGrown.prime(kind, map, kind.values().get(0), CREATED.incrementAndGet(), 0);
            if (entries.length == 0) {
                // Nothing to insert: start the growth with a filler, and take it out again.
                K filler = kind.filler().apply(next);
                map.put(filler, kind.values().get(0));
                map.remove(filler);
            }
        } else {
            map = kind.create();
        }
        for (Object o : entries) {
            @SuppressWarnings("unchecked")
            Map.Entry<K, V> e = (Map.Entry<K, V>) o;
            map.put(e.getKey(), e.getValue());
        }
        kind.checkInvariants(map);
        if (midGrowth) {
            MapStats st = kind.statsOf(map);
            if (!st.growing() || !st.sameSizeGrowth()) {
                throw new AssertionError(kind + " should be growing when the test starts: " + st);
            }
        }
        return map;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map.Entry<K, V>[] createArray(int length) {
        return (Map.Entry<K, V>[]) new Map.Entry<?, ?>[length];
    }

    @Override
    public Iterable<Map.Entry<K, V>> order(List<Map.Entry<K, V>> insertionOrder) {
        return insertionOrder; // unused: the suites run without KNOWN_ORDER
    }

    @Override
    @SuppressWarnings("unchecked")
    public K[] createKeyArray(int length) {
        return (K[]) Array.newInstance(kind.keyClass(), length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V[] createValueArray(int length) {
        return (V[]) Array.newInstance(kind.valueClass(), length);
    }
}
