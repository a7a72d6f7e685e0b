package dev.bucketmap.runtime;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures the table in the design comment of {@link Buckets}. Not a test: run it with
 * <pre>
 * mvn -q -pl runtime test-compile
 * java -cp runtime/target/classes:runtime/target/test-classes dev.bucketmap.runtime.LoadFactorTable [log2Buckets [trials]]
 * </pre>
 *
 * <p>For each load factor from 4.0 to 8.0 it fills simulated tables of 2^B 8-slot buckets
 * with uniformly random 64-bit hashes up to the largest count that load factor allows
 * before doubling, using the engine's own bucket layout (tophash words, overflow chains
 * linked by an int, first empty slot of the chain on insert), and reports:
 * <ul>
 * <li>%overflow: the percentage of regular buckets that have an overflow bucket, just
 *     before doubling;
 * <li>bytes/entry: the table's memory per entry for a long-to-reference map (108 bytes per
 *     bucket: 9 longs for the tophash word and 8 keys, 8 compressed references, one int
 *     overflow link), counting the 2^B regular buckets and the preallocated overflow
 *     buckets or the overflow buckets in use if more; just after a doubling (the same
 *     entries plus one in twice the buckets, once evacuation has freed the old table) and
 *     just before it;
 * <li>hit and miss probes, just before doubling: the buckets visited (tophash words
 *     matched) by a lookup of a present or an absent key, and the key comparisons it makes
 *     (the tophash filters out nearly all of them; a hit always makes at least one).
 * </ul>
 */
public final class LoadFactorTable {

    /** Bytes per bucket of a long-to-reference map: 9 longs + 8 compressed references + an int link. */
    static final int BUCKET_BYTES = 9 * Long.BYTES + 8 * 4 + Integer.BYTES;

    private LoadFactorTable() {}

    public static void main(String[] args) {
        int log2Buckets = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        SplittableRandom random = new SplittableRandom(20240601L);
        System.out.printf(Locale.ROOT, "B = %d, %d trials, random 64-bit hashes%n", log2Buckets, trials);
        System.out.println("  load  %overflow    bytes/entry       hit probes         miss probes");
        System.out.println("                    after  before   buckets    keys    buckets    keys");
        for (int twiceLoad = 8; twiceLoad <= 16; twiceLoad++) {
            double load = twiceLoad / 2.0;
            double overflow = 0;
            double bytesAfter = 0;
            double bytesBefore = 0;
            double hitBuckets = 0;
            double hitKeys = 0;
            double missBuckets = 0;
            double missKeys = 0;
            for (int t = 0; t < trials; t++) {
                int before = (int) (load * (1L << log2Buckets));
                // Just before doubling: `before` entries in 2^B buckets. Just after: the
                // same entries plus the one that triggered the doubling in 2^(B+1) buckets,
                // once evacuation has finished and the old table is garbage.
                Table grown = new Table(log2Buckets + 1);
                Table full = new Table(log2Buckets);
                long[] hashes = new long[before];
                for (int i = 0; i < before; i++) {
                    hashes[i] = random.nextLong();
                    full.insert(hashes[i]);
                }
                for (long h : hashes) {
                    grown.insert(h);
                }
                grown.insert(random.nextLong());
                int after = before + 1;
                overflow += 100.0 * full.bucketsWithOverflow() / full.buckets;
                bytesAfter += (double) grown.bytes() / after;
                bytesBefore += (double) full.bytes() / before;
                long[] probe = new long[2];
                for (long h : hashes) {
                    full.lookup(h, probe);
                }
                hitBuckets += (double) probe[0] / before;
                hitKeys += (double) probe[1] / before;
                probe[0] = 0;
                probe[1] = 0;
                int misses = 1 << 20;
                for (int i = 0; i < misses; i++) {
                    full.lookup(random.nextLong(), probe);
                }
                missBuckets += (double) probe[0] / misses;
                missKeys += (double) probe[1] / misses;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %4.2f  %8.2f    %6.2f  %6.2f   %7.3f  %6.3f    %7.3f  %6.3f%n",
                    load,
                    overflow / trials,
                    bytesAfter / trials,
                    bytesBefore / trials,
                    hitBuckets / trials,
                    hitKeys / trials,
                    missBuckets / trials,
                    missKeys / trials);
        }
    }

    /** A simulated table: tophash words and keys of 2^B regular buckets, then overflow buckets. */
    static final class Table {
        final int buckets;
        final int mask;
        final int preallocated;
        long[] words;
        long[] keys;
        int[] links;
        int used;

        Table(int log2Buckets) {
            buckets = 1 << log2Buckets;
            mask = buckets - 1;
            preallocated = log2Buckets >= 4 ? 1 << (log2Buckets - 4) : 0; // Go's makeBucketArray
            int room = buckets * 2;
            words = new long[room];
            keys = new long[room * Buckets.SLOTS];
            links = new int[room];
            used = buckets;
        }

        void insert(long hash) {
            int b = (int) hash & mask;
            int top = Tophash.of(hash);
            while (true) {
                long empty = Tophash.matchEmpty(words[b]);
                if (empty != 0) {
                    int slot = Tophash.firstSlot(empty);
                    words[b] = Tophash.set(words[b], slot, top);
                    keys[b * Buckets.SLOTS + slot] = hash;
                    return;
                }
                if (links[b] == 0) {
                    links[b] = used++; // index 0 is a regular bucket, so 0 means "no link"
                }
                b = links[b];
            }
        }

        /** Adds the buckets visited to {@code probe[0]} and the key comparisons to {@code probe[1]}. */
        void lookup(long hash, long[] probe) {
            int b = (int) hash & mask;
            int top = Tophash.of(hash);
            while (true) {
                long word = words[b];
                probe[0]++;
                for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
                    probe[1]++;
                    if (keys[b * Buckets.SLOTS + Tophash.firstSlot(m)] == hash) {
                        return;
                    }
                }
                if (Tophash.hasEmptyRest(word) || links[b] == 0) {
                    return;
                }
                b = links[b];
            }
        }

        int bucketsWithOverflow() {
            int n = 0;
            for (int b = 0; b < buckets; b++) {
                if (links[b] != 0) {
                    n++;
                }
            }
            return n;
        }

        long bytes() {
            long allocated = buckets + Math.max(preallocated, used - buckets);
            return allocated * BUCKET_BYTES;
        }
    }
}
