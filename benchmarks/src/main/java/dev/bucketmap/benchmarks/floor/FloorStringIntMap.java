package dev.bucketmap.benchmarks.floor;

import dev.bucketmap.runtime.Growth;
import dev.bucketmap.runtime.Hashing;
import dev.bucketmap.runtime.Seeds;
import dev.bucketmap.runtime.Tophash;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Objects;

/**
 * The layout's floor for {@code String → int}: a hand-written map with exactly the layout of
 * the generated {@code BucketMap_StringIntMap} and none of its engine (see
 * {@link FloorIntIntMap} for the idea).
 *
 * <p>Kept from the generated map: 8-slot buckets; the keys in a {@code String[]}, 8 per bucket
 * at {@code bucket * 8 + slot}; the packed tophash words in a separate {@code long[]}, one per
 * bucket; the values in an {@code int[]} laid out like the keys; the seeded
 * {@link Hashing#mixString} hash of the characters with a per-map seed; keys compared with
 * {@link Objects#equals} ({@code null} allowed); the SWAR {@link Tophash} match and Go's
 * {@code emptyRest} marks; overflow buckets from a pool, linked through an {@code int[]}; the
 * load factor 6.5; the compare-and-set {@code writing} flag around every write; a removed slot's
 * key cleared for the collector. Left out: the chunk directory (one flat array per part),
 * modCount, the incremental evacuation (growth allocates the doubled table and reinserts
 * everything at once), same-size growth, the seed redrawn when the map empties, randomised
 * iteration, and serialisation, stats and invariant checks.
 */
public final class FloorStringIntMap {
    private static final int SLOTS = 8;
    private static final int NOT_FOUND = Integer.MIN_VALUE;

    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(FloorStringIntMap.class, "writing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long seed = Seeds.next();
    private int count;
    private int log2Buckets;
    private int mask;
    /** Main bucket {@code b}'s tophash word. */
    private long[] words;
    /** Main bucket {@code b}'s keys: {@code keys[b * 8 .. b * 8 + 8)}; the values likewise. */
    private String[] keys;

    private int[] values;
    /** The overflow bucket after main bucket {@code b}: 0 for none, else {@code ~poolBucket}. */
    private int[] links;

    private long[] poolWords;
    private String[] poolKeys;
    private int[] poolValues;
    private int[] poolLinks;
    private int poolUsed;

    private boolean writing;

    public FloorStringIntMap() {
        allocate(0);
    }

    public int size() {
        return count;
    }

    /** The value of {@code key}, or 0. */
    public int get(String key) {
        long hash = Hashing.mixString(key, seed);
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        long word = words[b];
        String[] ks = keys;
        int base = b * SLOTS;
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (Objects.equals(key, ks[base + slot])) {
                return values[base + slot];
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return 0;
        }
        int ref = findInPool(links[b], top, key);
        return ref == NOT_FOUND ? 0 : poolValues[~ref];
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or 0. */
    public int put(String key, int value) {
        long hash = Hashing.mixString(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref != NOT_FOUND) {
                int[] vs = ref >= 0 ? values : poolValues;
                int i = ref >= 0 ? ref : ~ref;
                int old = vs[i];
                vs[i] = value;
                return old;
            }
            add(hash, key, value);
            return 0;
        } finally {
            endWrite();
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 if absent); returns the sum. */
    public int addValue(String key, int delta) {
        long hash = Hashing.mixString(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref != NOT_FOUND) {
                return (ref >= 0 ? values : poolValues)[ref >= 0 ? ref : ~ref] += delta;
            }
            add(hash, key, delta);
            return delta;
        } finally {
            endWrite();
        }
    }

    /** Removes {@code key}; returns its value, or 0. */
    public int remove(String key) {
        long hash = Hashing.mixString(key, seed);
        beginWrite();
        try {
            int ref = find(hash, key);
            if (ref == NOT_FOUND) {
                return 0;
            }
            int i = ref >= 0 ? ref : ~ref;
            int old = (ref >= 0 ? values : poolValues)[i];
            (ref >= 0 ? keys : poolKeys)[i] = null;
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
    private int find(long hash, String key) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        long word = words[b];
        String[] ks = keys;
        int base = b * SLOTS;
        for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
            int slot = Tophash.firstSlot(m);
            if (Objects.equals(key, ks[base + slot])) {
                return base + slot;
            }
        }
        if (Tophash.hasEmptyRest(word)) {
            return NOT_FOUND;
        }
        return findInPool(links[b], top, key);
    }

    /** Searches the pool chain starting at link {@code next} (0: none). */
    private int findInPool(int next, int top, String key) {
        String[] ks = poolKeys;
        while (next != 0) {
            int p = ~next;
            long word = poolWords[p];
            int base = p * SLOTS;
            for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
                int slot = Tophash.firstSlot(m);
                if (Objects.equals(key, ks[base + slot])) {
                    return ~(base + slot);
                }
            }
            if (Tophash.hasEmptyRest(word)) {
                return NOT_FOUND;
            }
            next = poolLinks[p];
        }
        return NOT_FOUND;
    }

    /** Inserts an absent key, doubling the table first when the load factor says so. */
    private void add(long hash, String key, int value) {
        if (Growth.overLoadFactor(count + 1L, log2Buckets)) {
            grow();
        }
        insert(hash, key, value);
        count++;
    }

    /** Puts a key known to be absent into the first free slot of its chain, adding an overflow bucket if none. */
    private void insert(long hash, String key, int value) {
        int top = Tophash.of(hash);
        int b = (int) hash & mask;
        while (true) {
            long[] ws = b >= 0 ? words : poolWords;
            int bucket = b >= 0 ? b : ~b;
            long word = ws[bucket];
            long free = Tophash.matchEmpty(word);
            if (free != 0) {
                int slot = Tophash.firstSlot(free);
                ws[bucket] = Tophash.set(word, slot, top);
                (b >= 0 ? keys : poolKeys)[bucket * SLOTS + slot] = key;
                (b >= 0 ? values : poolValues)[bucket * SLOTS + slot] = value;
                return;
            }
            int next = next(b);
            if (next == 0) {
                next = newOverflow();
                (b >= 0 ? links : poolLinks)[b >= 0 ? b : ~b] = next;
            }
            b = next;
        }
    }

    /** Takes the next pool bucket (doubling the pool when full) and returns its link. */
    private int newOverflow() {
        if (poolUsed == poolLinks.length) {
            int capacity = Math.max(4, poolUsed * 2);
            poolWords = Arrays.copyOf(poolWords, capacity);
            poolKeys = Arrays.copyOf(poolKeys, capacity * SLOTS);
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
        long[] oldWords = words;
        String[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldLinks = links;
        long[] oldPoolWords = poolWords;
        String[] oldPoolKeys = poolKeys;
        int[] oldPoolValues = poolValues;
        int[] oldPoolLinks = poolLinks;
        allocate(log2Buckets + 1);
        for (int b = 0; b < oldLinks.length; b++) {
            reinsert(oldWords[b], oldKeys, oldValues, b);
            for (int next = oldLinks[b]; next != 0; next = oldPoolLinks[~next]) {
                reinsert(oldPoolWords[~next], oldPoolKeys, oldPoolValues, ~next);
            }
        }
    }

    private void reinsert(long word, String[] ks, int[] vs, int bucket) {
        for (long full = Tophash.matchFull(word); full != 0; full &= full - 1) {
            int i = bucket * SLOTS + Tophash.firstSlot(full);
            insert(Hashing.mixString(ks[i], seed), ks[i], vs[i]);
        }
    }

    private void allocate(int log2) {
        if (log2 > 27) {
            throw new IllegalStateException("the floor map is full: it keeps the table in one array");
        }
        log2Buckets = log2;
        mask = (1 << log2) - 1;
        words = new long[1 << log2];
        keys = new String[SLOTS << log2];
        values = new int[SLOTS << log2];
        links = new int[1 << log2];
        poolWords = new long[0];
        poolKeys = new String[0];
        poolValues = new int[0];
        poolLinks = new int[0];
        poolUsed = 0;
    }

    /** Bucket {@code b}'s word: main bucket if {@code b >= 0}, else pool bucket {@code ~b}. */
    private long word(int b) {
        return b >= 0 ? words[b] : poolWords[~b];
    }

    private void setWord(int b, long word) {
        (b >= 0 ? words : poolWords)[b >= 0 ? b : ~b] = word;
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
        private String[] ks;
        private int[] vs;
        private int base;
        /** The full slots of bucket {@code b} not yet visited, as a match mask. */
        private long pending;

        private String key;
        private int value;

        public boolean next() {
            while (pending == 0) {
                if (!advance()) {
                    return false;
                }
            }
            int i = base + Tophash.firstSlot(pending);
            pending &= pending - 1;
            key = ks[i];
            value = vs[i];
            return true;
        }

        private boolean advance() {
            int next = inChain ? FloorStringIntMap.this.next(b) : 0;
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
            base = (b >= 0 ? b : ~b) * SLOTS;
            pending = Tophash.matchFull(b >= 0 ? words[b] : poolWords[~b]);
            return true;
        }

        public String key() {
            return key;
        }

        public int value() {
            return value;
        }
    }
}
