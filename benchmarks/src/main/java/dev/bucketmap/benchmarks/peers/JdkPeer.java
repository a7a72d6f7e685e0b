package dev.bucketmap.benchmarks.peers;

import java.util.HashMap;
import java.util.function.BiConsumer;

/**
 * {@code java.util.HashMap} with boxed keys and values, as most code uses it; traversal with
 * {@code forEach} and a reused consumer; increment with {@code merge(key, 1, Integer::sum)}.
 */
final class JdkPeer implements Peer {

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

    static final class LongString implements LongStringOps, BiConsumer<Long, String> {
        private final HashMap<Long, String> m = new HashMap<>();
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
        public void accept(Long key, String value) {
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

    static final class IntInt implements IntIntOps, BiConsumer<Integer, Integer> {
        private final HashMap<Integer, Integer> m = new HashMap<>();
        private long sum;

        @Override
        public int get(int key) {
            Integer v = m.get(key);
            return v == null ? 0 : v;
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
        public void accept(Integer key, Integer value) {
            sum += key + (long) value;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps, BiConsumer<String, Integer> {
        private final HashMap<String, Integer> m = new HashMap<>();
        private long sum;

        @Override
        public int get(String key) {
            Integer v = m.get(key);
            return v == null ? 0 : v;
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
            m.merge(key, 1, Integer::sum);
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
        public void accept(String key, Integer value) {
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
