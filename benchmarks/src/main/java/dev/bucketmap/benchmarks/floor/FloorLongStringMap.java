package dev.bucketmap.benchmarks.floor;

import dev.bucketmap.runtime.Growth;
import dev.bucketmap.runtime.Hashing;
import dev.bucketmap.runtime.Seeds;
import dev.bucketmap.runtime.Tophash;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.ConcurrentModificationException;

/**
 * The layout's floor for {@code long → String}: a hand-written map with exactly the layout of
 * the generated {@code BucketMap_LongStringMap} and none of its engine (see
 * {@link FloorIntIntMap} for the idea).
 *
 * <p>Kept from the generated map: 8-slot buckets; one {@code long[]} stride per bucket holding
 * the packed tophash word, then the 8 keys; the values in a separate array, 8 per bucket at
 * {@code bucket * 8 + slot}; the seeded {@link Hashing#mix} hash with a per-map seed; the SWAR
 * {@link Tophash} match and Go's {@code emptyRest} marks; overflow buckets from a pool, linked
 * through an {@code int[]}; the load factor 6.5; the compare-and-set {@code writing} flag around
 * every write; a removed slot's value cleared for the collector. Left out: the chunk directory
 * (one flat array per part), modCount, the incremental evacuation (growth allocates the doubled
 * table and reinserts everything at once), same-size growth, the seed redrawn when the map
 * empties, randomised iteration, and serialisation, stats and invariant checks. Values are a
 * {@code String[]}, not the generated {@code Object[]} and cast: one check fewer, if any.
 */
public final class FloorLongStringMap {
    private static final int SLOTS = 8;
    /** The keys follow the word. */
    private static final int KEYS = 1;
    /** Longs per bucket: word and keys. */
    private static final int STRIDE = KEYS + SLOTS;

    private static final int NOT_FOUND = Integer.MIN_VALUE;

    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(FloorLongStringMap.class, "writing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long seed = Seeds.next();
    private int count;
    private int log2Buckets;
    private int mask;
    /** Main bucket {@code b}'s word and keys: {@code keys[b * STRIDE .. (b + 1) * STRIDE)}. */
    private long[] keys;
    /** Main bucket {@code b}'s values: {@code values[b * 8 .. b * 8 + 8)}. */
    private String[] values;
    /** The overflow bucket after main bucket {@code b}: 0 for none, else {@code ~poolBucket}. */
    private int[] links;

    private long[] poolKeys;
    private String[] poolValues;
    private int[] poolLinks;
    private int poolUsed;

    private boolean writing;

    public FloorLongStringMap() {
        allocate(0);
    }

    public int size() {
        return count;
    }

    /** The value of {@code key}, or {@code null}. */
    public String get(long key) {
        long hash = Hashing.mix(key, seed);
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        long[] ks = keys;
        int base = b * STRIDE;
        long word = ks[base];
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (ks[base + KEYS + slot] == key) {
                return values[b * SLOTS + slot];
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return null;
        }
        int ref = findInPool(links[b], top, key);
        return ref == NOT_FOUND ? null : poolValues[~ref];
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or {@code null}. */
    public String put(long key, String value) {
        long hash = Hashing.mix(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref != NOT_FOUND) {
                String[] vs = ref >= 0 ? values : poolValues;
                int i = ref >= 0 ? ref : ~ref;
                String old = vs[i];
                vs[i] = value;
                return old;
            }
            if (Growth.overLoadFactor(count + 1L, log2Buckets)) {
                grow();
            }
            insert(hash, key, value);
            count++;
            return null;
        } finally {
            endWrite();
        }
    }

    /** Removes {@code key}; returns its value, or {@code null}. */
    public String remove(long key) {
        long hash = Hashing.mix(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref == NOT_FOUND) {
                return null;
            }
            String[] vs = ref >= 0 ? values : poolValues;
            int i = ref >= 0 ? ref : ~ref;
            String old = vs[i];
            vs[i] = null;
            int b = ref >= 0 ? i >>> 3 : ~(i >>> 3);
            clearSlot((int) hash & mask, b, i & 7);
            count--;
            return old;
        } finally {
            endWrite();
        }
    }

    /** Visits every entry once, bucket by bucket, each chain in order. Allocates only itself. */
    public Cursor cursor() {
        return new Cursor();
    }

    private void beginWrite() {
        if (!WRITING.compareAndSet(this, false, true)) {
            throw new ConcurrentModificationException("concurrent map writes");
        }
    }

    private void endWrite() {
        WRITING.setRelease(this, false);
    }

    /** The slot ref of {@code key}: {@code b * 8 + slot} in the main buckets, its complement in the pool. */
    private int find(long hash, long key) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        long[] ks = keys;
        int base = b * STRIDE;
        long word = ks[base];
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (ks[base + KEYS + slot] == key) {
                return b * SLOTS + slot;
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return NOT_FOUND;
        }
        return findInPool(links[b], top, key);
    }

    /** Searches the pool chain starting at link {@code next} (0: none). */
    private int findInPool(int next, int top, long key) {
        long[] ks = poolKeys;
        while (next != 0) {
            int p = ~next;
            int base = p * STRIDE;
            long word = ks[base];
            for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
                int slot = Tophash.firstSlot(m);
                if (ks[base + KEYS + slot] == key) {
                    return ~(p * SLOTS + slot);
                }
            }
            if (Tophash.hasEmptyRest(word)) {
                return NOT_FOUND;
            }
            next = poolLinks[p];
        }
        return NOT_FOUND;
    }

    /** Puts a key known to be absent into the first free slot of its chain, adding an overflow bucket if none. */
    private void insert(long hash, long key, String value) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        while (true) {
            long[] ks = b >= 0 ? keys : poolKeys;
            int bucket = b >= 0 ? b : ~b;
            int base = bucket * STRIDE;
            long word = ks[base];
            long free = Tophash.matchEmpty(word);
            if (free != 0) {
                int slot = Tophash.firstSlot(free);
                ks[base] = Tophash.set(word, slot, top);
                ks[base + KEYS + slot] = key;
                (b >= 0 ? values : poolValues)[bucket * SLOTS + slot] = value;
                return;
            }
            int next = next(b);
            if (next == 0) {
                next = newOverflow();
                if (b >= 0) {
                    links[b] = next;
                } else {
                    poolLinks[~b] = next;
                }
            }
            b = next;
        }
    }

    /** Takes the next pool bucket (doubling the pool when full) and returns its link. */
    private int newOverflow() {
        if (poolUsed == poolLinks.length) {
            int capacity = Math.max(4, poolUsed * 2);
            poolKeys = Arrays.copyOf(poolKeys, capacity * STRIDE);
            poolValues = Arrays.copyOf(poolValues, capacity * SLOTS);
            poolLinks = Arrays.copyOf(poolLinks, capacity);
        }
        return ~poolUsed++;
    }

    /** Go's removal: the slot becomes emptyOne, and a run of emptyOne ending the chain becomes emptyRest. */
    private void clearSlot(int head, int b, int slot) {
        long word = Tophash.set(word(b), slot, Tophash.EMPTY_ONE);
        boolean endsChain;
        if (slot == SLOTS - 1) {
            int next = next(b);
            endsChain = next == 0 || Tophash.get(word(next), 0) == Tophash.EMPTY_REST;
        } else {
            endsChain = Tophash.get(word, slot + 1) == Tophash.EMPTY_REST;
        }
        if (!endsChain) {
            setWord(b, word);
            return;
        }
        while (true) {
            word = Tophash.emptyRestDown(word, slot);
            setWord(b, word);
            if (Tophash.get(word, 0) != Tophash.EMPTY_REST || b == head) {
                return;
            }
            int previous = head;
            while (next(previous) != b) {
                previous = next(previous);
            }
            b = previous;
            slot = SLOTS - 1;
            word = word(b);
            if (Tophash.get(word, slot) != Tophash.EMPTY_ONE) {
                return;
            }
        }
    }

    /** Doubles the table at once: allocates it and reinserts every entry. */
    private void grow() {
        long[] oldKeys = keys;
        String[] oldValues = values;
        int[] oldLinks = links;
        long[] oldPoolKeys = poolKeys;
        String[] oldPoolValues = poolValues;
        int[] oldPoolLinks = poolLinks;
        allocate(log2Buckets + 1);
        for (int b = 0; b < oldLinks.length; b++) {
            reinsert(oldKeys, oldValues, b);
            for (int next = oldLinks[b]; next != 0; next = oldPoolLinks[~next]) {
                reinsert(oldPoolKeys, oldPoolValues, ~next);
            }
        }
    }

    private void reinsert(long[] ks, String[] vs, int bucket) {
        int base = bucket * STRIDE;
        for (long full = Tophash.matchFull(ks[base]); full != 0; full &= full - 1) {
            int slot = Tophash.firstSlot(full);
            long key = ks[base + KEYS + slot];
            insert(Hashing.mix(key, seed), key, vs[bucket * SLOTS + slot]);
        }
    }

    private void allocate(int log2) {
        long elements = (long) STRIDE << log2;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the floor map is full: it keeps the table in one array");
        }
        log2Buckets = log2;
        mask = (1 << log2) - 1;
        keys = new long[(int) elements];
        values = new String[SLOTS << log2];
        links = new int[1 << log2];
        poolKeys = new long[0];
        poolValues = new String[0];
        poolLinks = new int[0];
        poolUsed = 0;
    }

    /** Bucket {@code b}'s word: main bucket if {@code b >= 0}, else pool bucket {@code ~b}. */
    private long word(int b) {
        return b >= 0 ? keys[b * STRIDE] : poolKeys[~b * STRIDE];
    }

    private void setWord(int b, long word) {
        if (b >= 0) {
            keys[b * STRIDE] = word;
        } else {
            poolKeys[~b * STRIDE] = word;
        }
    }

    private int next(int b) {
        return b >= 0 ? links[b] : poolLinks[~b];
    }

    /** Allocation-free traversal in bucket order: {@code while (c.next()) use(c.key(), c.value())}. */
    public final class Cursor {
        /** The next main bucket to start. */
        private int bucket;
        /** The bucket being read: main if {@code >= 0}, else pool bucket {@code ~b}. */
        private int b;

        private boolean inChain;
        private long[] ks;
        private String[] vs;
        private int index;
        /** The full slots of bucket {@code b} not yet visited, as a match mask. */
        private long pending;

        private long key;
        private String value;

        private Cursor() {}

        public boolean next() {
            while (pending == 0) {
                if (!advance()) {
                    return false;
                }
            }
            int slot = Tophash.firstSlot(pending);
            pending &= pending - 1;
            key = ks[index * STRIDE + KEYS + slot];
            value = vs[index * SLOTS + slot];
            return true;
        }

        private boolean advance() {
            int next = inChain ? FloorLongStringMap.this.next(b) : 0;
            if (next != 0) {
                b = next;
            } else if (bucket <= mask) {
                b = bucket++;
                inChain = true;
            } else {
                return false;
            }
            ks = b >= 0 ? keys : poolKeys;
            vs = b >= 0 ? values : poolValues;
            index = b >= 0 ? b : ~b;
            pending = Tophash.matchFull(ks[index * STRIDE]);
            return true;
        }

        public long key() {
            return key;
        }

        public String value() {
            return value;
        }
    }
}
