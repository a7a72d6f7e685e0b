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
 * The layout's floor for {@code int → int}: a hand-written map with exactly the layout of the
 * generated {@code BucketMap_IntIntMap} and none of its engine, so a benchmark can tell how much
 * of bucketmap's time the layout costs and how much the engine adds.
 *
 * <p>Kept from the generated map: 8-slot buckets; one {@code int[]} stride per bucket holding the
 * packed tophash word (two ints), then the 8 keys, then the 8 values beside them; the seeded
 * {@link Hashing#mix} hash with a per-map seed; the SWAR {@link Tophash} match and Go's
 * {@code emptyRest} marks (kept on removal, so misses stop early); overflow buckets from a pool,
 * linked through an {@code int[]}; the load factor 6.5; the compare-and-set {@code writing} flag
 * around every write. Left out: the chunk directory (one flat array per part), modCount, the
 * incremental evacuation (growth allocates the doubled table and reinserts everything at once),
 * same-size growth, the seed redrawn when the map empties, randomised iteration (the cursor
 * walks the buckets in order), and serialisation, stats and invariant checks.
 */
public final class FloorIntIntMap {
    private static final int SLOTS = 8;
    /** The word takes two ints, then the keys. */
    private static final int KEYS = 2;
    /** A bucket's values start after its word and keys. */
    private static final int VALUES = KEYS + SLOTS;
    /** Ints per bucket: word, keys, values. */
    private static final int STRIDE = VALUES + SLOTS;
    /** What {@link #find} returns for an absent key; no slot ref has this value. */
    private static final int NOT_FOUND = Integer.MIN_VALUE;

    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(FloorIntIntMap.class, "writing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long seed = Seeds.next();
    private int count;
    private int log2Buckets;
    private int mask;
    /** The main buckets: bucket {@code b} is {@code buckets[b * STRIDE .. (b + 1) * STRIDE)}. */
    private int[] buckets;
    /** The overflow bucket after main bucket {@code b}: 0 for none, else {@code ~poolBucket}. */
    private int[] links;
    /** The overflow buckets, with the same stride. */
    private int[] pool;
    /** The overflow bucket after pool bucket {@code p}, as in {@link #links}. */
    private int[] poolLinks;

    private int poolUsed;
    private boolean writing;

    public FloorIntIntMap() {
        allocate(0);
    }

    public int size() {
        return count;
    }

    /** The value of {@code key}, or 0. */
    public int get(int key) {
        long hash = Hashing.mix(key, seed);
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        int[] t = buckets;
        int base = b * STRIDE;
        long word = Tophash.join(t[base], t[base + 1]);
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (t[base + KEYS + slot] == key) {
                return t[base + VALUES + slot];
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return 0;
        }
        int ref = findInPool(links[b], top, key);
        return ref == NOT_FOUND ? 0 : pool[valueIndex(~ref)];
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or 0. */
    public int put(int key, int value) {
        long hash = Hashing.mix(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref != NOT_FOUND) {
                int[] t = ref >= 0 ? buckets : pool;
                int i = valueIndex(ref >= 0 ? ref : ~ref);
                int old = t[i];
                t[i] = value;
                return old;
            }
            if (Growth.overLoadFactor(count + 1L, log2Buckets)) {
                grow();
            }
            insert(hash, key, value);
            count++;
            return 0;
        } finally {
            endWrite();
        }
    }

    /** Removes {@code key}; returns its value, or 0. */
    public int remove(int key) {
        long hash = Hashing.mix(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref == NOT_FOUND) {
                return 0;
            }
            int old = ref >= 0 ? buckets[valueIndex(ref)] : pool[valueIndex(~ref)];
            int b = ref >= 0 ? ref >>> 3 : ~(~ref >>> 3);
            clearSlot((int) hash & mask, b, (ref >= 0 ? ref : ~ref) & 7);
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

    /** Index of slot ref {@code bucket * 8 + slot}'s value in its array (main or pool). */
    private static int valueIndex(int ref) {
        return (ref >>> 3) * STRIDE + VALUES + (ref & 7);
    }

    /** The slot ref of {@code key}: {@code b * 8 + slot} in the main buckets, its complement in the pool. */
    private int find(long hash, int key) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        int[] t = buckets;
        int base = b * STRIDE;
        long word = Tophash.join(t[base], t[base + 1]);
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (t[base + KEYS + slot] == key) {
                return b * SLOTS + slot;
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return NOT_FOUND;
        }
        return findInPool(links[b], top, key);
    }

    /** Searches the pool chain starting at link {@code next} (0: none). */
    private int findInPool(int next, int top, int key) {
        int[] t = pool;
        while (next != 0) {
            int p = ~next;
            int base = p * STRIDE;
            long word = Tophash.join(t[base], t[base + 1]);
            for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
                int slot = Tophash.firstSlot(m);
                if (t[base + KEYS + slot] == key) {
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
    private void insert(long hash, int key, int value) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        while (true) {
            int[] t = b >= 0 ? buckets : pool;
            int base = (b >= 0 ? b : ~b) * STRIDE;
            long word = Tophash.join(t[base], t[base + 1]);
            long free = Tophash.matchEmpty(word);
            if (free != 0) {
                int slot = Tophash.firstSlot(free);
                long filled = Tophash.set(word, slot, top);
                t[base] = (int) filled;
                t[base + 1] = (int) (filled >>> 32);
                t[base + KEYS + slot] = key;
                t[base + VALUES + slot] = value;
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
            pool = Arrays.copyOf(pool, capacity * STRIDE);
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
        int[] oldBuckets = buckets;
        int[] oldLinks = links;
        int[] oldPool = pool;
        int[] oldPoolLinks = poolLinks;
        allocate(log2Buckets + 1);
        for (int b = 0; b < oldLinks.length; b++) {
            reinsert(oldBuckets, b * STRIDE);
            for (int next = oldLinks[b]; next != 0; next = oldPoolLinks[~next]) {
                reinsert(oldPool, ~next * STRIDE);
            }
        }
    }

    private void reinsert(int[] t, int base) {
        long word = Tophash.join(t[base], t[base + 1]);
        for (long full = Tophash.matchFull(word); full != 0; full &= full - 1) {
            int slot = Tophash.firstSlot(full);
            int key = t[base + KEYS + slot];
            insert(Hashing.mix(key, seed), key, t[base + VALUES + slot]);
        }
    }

    private void allocate(int log2) {
        long elements = (long) STRIDE << log2;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the floor map is full: it keeps the table in one array");
        }
        log2Buckets = log2;
        mask = (1 << log2) - 1;
        buckets = new int[(int) elements];
        links = new int[1 << log2];
        pool = new int[0];
        poolLinks = new int[0];
        poolUsed = 0;
    }

    /** Bucket {@code b}'s word: main bucket if {@code b >= 0}, else pool bucket {@code ~b}. */
    private long word(int b) {
        int[] t = b >= 0 ? buckets : pool;
        int base = (b >= 0 ? b : ~b) * STRIDE;
        return Tophash.join(t[base], t[base + 1]);
    }

    private void setWord(int b, long word) {
        int[] t = b >= 0 ? buckets : pool;
        int base = (b >= 0 ? b : ~b) * STRIDE;
        t[base] = (int) word;
        t[base + 1] = (int) (word >>> 32);
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
        private int[] t;
        private int base;
        /** The full slots of bucket {@code b} not yet visited, as a match mask. */
        private long pending;

        private int key;
        private int value;

        private Cursor() {}

        public boolean next() {
            while (pending == 0) {
                if (!advance()) {
                    return false;
                }
            }
            int slot = Tophash.firstSlot(pending);
            pending &= pending - 1;
            key = t[base + KEYS + slot];
            value = t[base + VALUES + slot];
            return true;
        }

        private boolean advance() {
            int next = inChain ? FloorIntIntMap.this.next(b) : 0;
            if (next != 0) {
                b = next;
            } else if (bucket <= mask) {
                b = bucket++;
                inChain = true;
            } else {
                return false;
            }
            t = b >= 0 ? buckets : pool;
            base = (b >= 0 ? b : ~b) * STRIDE;
            pending = Tophash.matchFull(Tophash.join(t[base], t[base + 1]));
            return true;
        }

        public int key() {
            return key;
        }

        public int value() {
            return value;
        }
    }
}
