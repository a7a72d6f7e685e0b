package dev.bucketmap.benchmarks.peers;

import org.agrona.collections.Int2IntHashMap;
import org.agrona.collections.IntIntConsumer;
import org.agrona.collections.IntIntFunction;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongObjConsumer;
import org.agrona.collections.ObjIntConsumer;
import org.agrona.collections.Object2IntHashMap;

/**
 * Agrona's maps, as its users write them: a {@code missingValue} marks "absent" in the
 * primitive-valued maps ({@link Integer#MIN_VALUE} here, read back as 0); traversal with
 * {@code forEachLong}/{@code forEachInt} and a reused consumer; increment with
 * {@code merge(key, 1, sum)} (Agrona 2 has no add-to on its hash maps, only on its
 * separate counter maps).
 */
final class AgronaPeer implements Peer {
    private static final int MISSING = Integer.MIN_VALUE;
    private static final IntIntFunction SUM = Integer::sum;

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

    static final class LongString implements LongStringOps, LongObjConsumer<String> {
        private final Long2ObjectHashMap<String> m = new Long2ObjectHashMap<>();
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
            m.forEachLong(this);
            return sum;
        }

        @Override
        public void accept(long key, String value) {
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

    static final class IntInt implements IntIntOps, IntIntConsumer {
        private final Int2IntHashMap m = new Int2IntHashMap(MISSING);
        private long sum;

        @Override
        public int get(int key) {
            return m.getOrDefault(key, 0);
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
            m.forEachInt(this);
            return sum;
        }

        @Override
        public void accept(int key, int value) {
            sum += key + (long) value;
        }

        @Override
        public Object map() {
            return m;
        }
    }

    static final class StringInt implements StringIntOps, ObjIntConsumer<String> {
        private final Object2IntHashMap<String> m = new Object2IntHashMap<>(MISSING);
        private long sum;

        @Override
        public int get(String key) {
            return m.getOrDefault(key, 0);
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
            m.merge(key, 1, SUM);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public long traverse() {
            sum = 0;
            m.forEachInt(this);
            return sum;
        }

        @Override
        public void accept(String key, int value) {
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
