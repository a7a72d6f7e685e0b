package dev.bucketmap.benchmarks.peers;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import com.carrotsearch.hppc.procedures.IntIntProcedure;
import com.carrotsearch.hppc.procedures.LongObjectProcedure;
import com.carrotsearch.hppc.procedures.ObjectIntProcedure;

/** HPPC's open-addressing maps; traversal with {@code forEach} and a reused procedure object; increment with {@code addTo}. */
final class HppcPeer implements Peer {

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

    static final class LongString implements LongStringOps, LongObjectProcedure<String> {
        private final LongObjectHashMap<String> m = new LongObjectHashMap<>();
        private long sum;

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
            sum = 0;
            m.forEach(this);
            return sum;
        }

        @Override
        public void apply(long key, String value) {
            sum += key;
            if (value != null) {
                sum++;
            }
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class IntInt implements IntIntOps, IntIntProcedure {
        private final IntIntHashMap m = new IntIntHashMap();
        private long sum;

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
            sum = 0;
            m.forEach(this);
            return sum;
        }

        @Override
        public void apply(int key, int value) {
            sum += key + (long) value;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps, ObjectIntProcedure<String> {
        private final ObjectIntHashMap<String> m = new ObjectIntHashMap<>();
        private long sum;

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
            m.addTo(key, 1);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            sum = 0;
            m.forEach(this);
            return sum;
        }

        @Override
        public void apply(String key, int value) {
            if (key != null) {
                sum++;
            }
            sum += value;
        }

        @Override
        public Object map() {
            return m;
        }
    }
}
