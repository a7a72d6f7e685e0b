package dev.bucketmap.benchmarks.peers;

import dev.bucketmap.benchmarks.floor.FloorIntIntMap;
import dev.bucketmap.benchmarks.floor.FloorLongStringMap;
import dev.bucketmap.benchmarks.floor.FloorStringIntMap;

/**
 * Not a library: the layout's floor ({@code floor/}), hand-written maps with bucketmap's
 * generated layout and none of its engine, driven exactly as {@link BucketMapPeer} drives the
 * generated maps (cursor traversal, {@code addValue} increments). The report shows it beside
 * bucketmap and never counts it as a peer.
 */
final class FloorPeer implements Peer {

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
        private final FloorLongStringMap m = new FloorLongStringMap();

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
            FloorLongStringMap.Cursor c = m.cursor();
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
        private final FloorIntIntMap m = new FloorIntIntMap();

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
            FloorIntIntMap.Cursor c = m.cursor();
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
        private final FloorStringIntMap m = new FloorStringIntMap();

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
            FloorStringIntMap.Cursor c = m.cursor();
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
