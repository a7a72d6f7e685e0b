package dev.bucketmap.benchmarks.peers;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntMaps;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMaps;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntMaps;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/** fastutil's open-addressing maps; traversal with {@code fastIterable} (one reused entry); increment with {@code addTo}. */
final class FastutilPeer implements Peer {

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
        private final Long2ObjectOpenHashMap<String> m = new Long2ObjectOpenHashMap<>();

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
            for (Long2ObjectMap.Entry<String> e : Long2ObjectMaps.fastIterable(m)) {
                sum += e.getLongKey();
                if (e.getValue() != null) {
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
        private final Int2IntOpenHashMap m = new Int2IntOpenHashMap();

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
            for (Int2IntMap.Entry e : Int2IntMaps.fastIterable(m)) {
                sum += e.getIntKey() + (long) e.getIntValue();
            }
            return sum;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps {
        private final Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();

        @Override
        public int get(String key) {
            return m.getInt(key);
        }

        @Override
        public void put(String key, int value) {
            m.put(key, value);
        }

        @Override
        public void remove(String key) {
            m.removeInt(key);
        }

        @Override
        public void increment(String key) {
            m.addTo(key, 1);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            long sum = 0;
            for (Object2IntMap.Entry<String> e : Object2IntMaps.fastIterable(m)) {
                if (e.getKey() != null) {
                    sum++;
                }
                sum += e.getIntValue();
            }
            return sum;
        }

        @Override
        public Object map() {
            return m;
        }
    }
}
