package dev.bucketmap.benchmarks.peers;

import com.koloboke.collect.map.IntIntCursor;
import com.koloboke.collect.map.LongObjCursor;
import com.koloboke.collect.map.ObjIntCursor;
import com.koloboke.collect.map.hash.HashIntIntMap;
import com.koloboke.collect.map.hash.HashIntIntMaps;
import com.koloboke.collect.map.hash.HashLongObjMap;
import com.koloboke.collect.map.hash.HashLongObjMaps;
import com.koloboke.collect.map.hash.HashObjIntMap;
import com.koloboke.collect.map.hash.HashObjIntMaps;

/** Koloboke's default mutable hash maps; traversal with a cursor; increment with {@code addValue}. */
final class KolobokePeer implements Peer {

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
        private final HashLongObjMap<String> m = HashLongObjMaps.newMutableMap();

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
            LongObjCursor<String> c = m.cursor();
            while (c.moveNext()) {
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
        private final HashIntIntMap m = HashIntIntMaps.newMutableMap();

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
            IntIntCursor c = m.cursor();
            while (c.moveNext()) {
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
        private final HashObjIntMap<String> m = HashObjIntMaps.newMutableMap();

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
            m.removeAsInt(key);
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
            ObjIntCursor<String> c = m.cursor();
            while (c.moveNext()) {
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
