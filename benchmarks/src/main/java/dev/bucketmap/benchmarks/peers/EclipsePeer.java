package dev.bucketmap.benchmarks.peers;

import org.eclipse.collections.api.block.procedure.primitive.IntIntProcedure;
import org.eclipse.collections.api.block.procedure.primitive.LongObjectProcedure;
import org.eclipse.collections.api.block.procedure.primitive.ObjectIntProcedure;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Eclipse Collections' primitive maps; traversal with {@code forEachKeyValue} and a reused
 * procedure object (no capture, no allocation); increment with {@code addToValue}.
 */
final class EclipsePeer implements Peer {

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
        private static final long serialVersionUID = 1L;
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
            m.forEachKeyValue(this);
            return sum;
        }

        @Override
        public void value(long key, String value) {
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
        private static final long serialVersionUID = 1L;
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
            m.forEachKeyValue(this);
            return sum;
        }

        @Override
        public void value(int key, int value) {
            sum += key + (long) value;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps, ObjectIntProcedure<String> {
        private static final long serialVersionUID = 1L;
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
            m.removeKey(key);
        }

        @Override
        public void increment(String key) {
            m.addToValue(key, 1);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            sum = 0;
            m.forEachKeyValue(this);
            return sum;
        }

        @Override
        public void value(String key, int value) {
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
