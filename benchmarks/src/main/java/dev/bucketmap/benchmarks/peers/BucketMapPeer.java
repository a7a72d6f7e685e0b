package dev.bucketmap.benchmarks.peers;

import dev.bucketmap.benchmarks.maps.BucketMap_LongStringMap;
import dev.bucketmap.benchmarks.maps.LongStringMap;
import java.util.EnumSet;
import java.util.Set;

/**
 * bucketmap's generated maps. Traversal uses the allocation-free cursor.
 *
 * <p>Only {@code long → String} for now: when the processor generates the other kinds,
 * declare {@code IntIntMap} and {@code StringIntMap} in {@code maps/}, add their adapters
 * here (as {@link LongString}, with {@code addValue(key, 1)} for {@code increment}), and drop
 * {@link #kinds()}; every benchmark then includes them.
 */
final class BucketMapPeer implements Peer {

    @Override
    public Set<Kind> kinds() {
        return EnumSet.of(Kind.LONG_STRING);
    }

    @Override
    public LongStringOps longString() {
        return new LongString();
    }

    @Override
    public IntIntOps intInt() {
        throw new UnsupportedOperationException("bucketmap int → int is not generated yet");
    }

    @Override
    public StringIntOps stringInt() {
        throw new UnsupportedOperationException("bucketmap String → int is not generated yet");
    }

    static final class LongString implements LongStringOps {
        private final BucketMap_LongStringMap m = new BucketMap_LongStringMap();

        @Override
        public String get(long key) {
            return m.get(key);
        }

        @Override
        public void put(long key, String value) {
            m.put(key, value);
        }

        @Override
        public void remove(long key) {
            m.remove(key);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            long sum = 0;
            LongStringMap.Cursor c = m.cursor();
            while (c.next()) {
                sum += c.key();
                if (c.value() != null) {
                    sum++;
                }
            }
            return sum;
        }

        @Override
        public Object map() {
            return m;
        }
    }
}
