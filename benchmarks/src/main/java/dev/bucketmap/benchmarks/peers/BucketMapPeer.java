package dev.bucketmap.benchmarks.peers;

import dev.bucketmap.benchmarks.maps.BucketMap_IntIntMap;
import dev.bucketmap.benchmarks.maps.BucketMap_LongStringMap;
import dev.bucketmap.benchmarks.maps.BucketMap_StringIntMap;
import dev.bucketmap.benchmarks.maps.IntIntMap;
import dev.bucketmap.benchmarks.maps.LongStringMap;
import dev.bucketmap.benchmarks.maps.StringIntMap;

/** bucketmap's generated maps ({@code maps/}); traversal with the allocation-free cursor; increment with {@code addValue}. */
final class BucketMapPeer implements Peer {

    @Override
    public LongStringOps longString() {
        return new LongString();
    }

    @Override
    public IntIntOps intInt() {
        return new IntInt();
    }

    @Override
    public StringIntOps stringInt() {
        return new StringInt();
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

    static final class IntInt implements IntIntOps {
        private final BucketMap_IntIntMap m = new BucketMap_IntIntMap();

        @Override
        public int get(int key) {
            return m.get(key);
        }

        @Override
        public void put(int key, int value) {
            m.put(key, value);
        }

        @Override
        public void remove(int key) {
            m.remove(key);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            long sum = 0;
            IntIntMap.Cursor c = m.cursor();
            while (c.next()) {
                sum += c.key() + (long) c.value();
            }
            return sum;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps {
        private final BucketMap_StringIntMap m = new BucketMap_StringIntMap();

        @Override
        public int get(String key) {
            return m.get(key);
        }

        @Override
        public void put(String key, int value) {
            m.put(key, value);
        }

        @Override
        public void remove(String key) {
            m.remove(key);
        }

        @Override
        public void increment(String key) {
            m.addValue(key, 1);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            long sum = 0;
            StringIntMap.Cursor c = m.cursor();
            while (c.next()) {
                if (c.key() != null) {
                    sum++;
                }
                sum += c.value();
            }
            return sum;
        }

        @Override
        public Object map() {
            return m;
        }
    }
}
