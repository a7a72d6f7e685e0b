package dev.bucketmap.runtime;

/**
 * Not API, for generated code: the bucket layout shared by every generated map, and the design
 * of the engine.
 *
 * <p>This class is public only because the generated maps, which live in your packages, call
 * it; it may change in any release. Your code uses {@link MapStats} and the system properties
 * that the {@linkplain dev.bucketmap.runtime package} documentation lists.
 *
 * <p>This file's comment plays the role of the one at the top of Go's
 * {@code runtime/map.go}; the engine is Go's classic bucket map (up to Go 1.23; Go 1.24
 * replaced it with Swiss tables).
 *
 * <pre>
 * A map is a hash table. The data is arranged into an array of buckets; each bucket
 * holds up to 8 key/value pairs. The low B bits of the hash select a bucket. Each bucket
 * also keeps the high 8 bits of each hash (the "tophash") to tell the entries in one
 * bucket apart without comparing keys. The 8 tophash bytes of a bucket are packed into
 * one long, so a lookup compares the tophash it wants with all 8 slots in one SWAR
 * operation (Tophash.match) and compares keys only where the byte matches. Tophash
 * values below 5 are markers: emptyRest (this slot and everything after it, in this
 * bucket and its overflow chain, is empty, so lookups stop early), emptyOne, and the
 * three evacuation marks. Real tophashes are bumped to 5 or more.
 *
 * Keys and values live in arrays of their own type, so nothing is boxed. A bucket of
 * primitive keys keeps its tophash word and its 8 keys side by side in one array, so a
 * lookup reads them from the same cache lines; values stored as the keys are (int to int,
 * long to long) follow the keys there too, and other values have an array of their own.
 * Reference keys keep their words in a long array beside them. When a bucket is full, an overflow bucket is chained to it by an int link; overflow
 * buckets come from a pool that grows a chunk at a time and never copies a bucket.
 *
 * The arrays are cut into chunks of 2^CHUNK_SHIFT buckets (fewer for a small table),
 * reached through a small directory: bucket b lives in chunk b >>> CHUNK_SHIFT. Go allocates
 * a new bucket array when a growth starts; in Java an allocation is also a zeroing, and
 * zeroing the table of a 16M-entry map took 22.6 ms in a single put, with the heap
 * pre-touched. So a growing table allocates no chunk up front: evacuating old bucket i
 * allocates the chunks of its new buckets i and i + 2^B when they are still missing, and
 * a chunk of 512 buckets is small enough to zero within one put. Reads need no check: a read or write only reaches a new bucket once
 * its old bucket is evacuated. The price is one more load (the directory entry, a few
 * hundred bytes that stay in L1) on every access.
 *
 * When the map holds more than 6.5 entries per bucket on average, the table grows: a
 * table of twice as many buckets is started, of which only the chunk directory is
 * allocated then (each chunk when evacuation first reaches it). When it has about as many overflow
 * buckets as regular ones (many deletes leave long, sparse chains), it grows to the
 * same size instead, which repacks the entries and frees the chains. Either way the old
 * buckets are evacuated incrementally: every insert or delete first evacuates the old
 * bucket it is about to use plus one more, in order, so no operation moves more than
 * two buckets and no put pauses for a rehash of the whole table. On doubling, the
 * entries of old bucket i go to new bucket i (the X half) or i + 2^B (the Y half),
 * chosen by hash bit B; the old slots are marked evacuatedX/Y/Empty.
 *
 * Entries never move within their bucket (an insert takes the first empty slot and a
 * delete just marks its slot emptyOne), else an iteration would return them 0 or 2
 * times. Iteration starts at a random bucket and a random slot offset, and walks the
 * buckets in order, wrapping around. While the table grows, an iterator on a new bucket
 * whose old bucket is not evacuated yet walks the old bucket instead, keeping only the
 * entries that will move to the current new bucket.
 *
 * Every map draws its own 64-bit hash seed from Seeds when it is created and when it is
 * cleared, and hashes keys with Hashing.mix(key, seed): keys crafted without the seed
 * cannot be made to collide.
 *
 * Picking the load factor: too large and there are lots of overflow buckets and
 * probes, too small and the table wastes memory. Measured for a long-to-reference map
 * (108 bytes per bucket: the tophash word, 8 long keys, 8 compressed references and the
 * overflow link) filled with random hashes:
 *
 *   load  %overflow    bytes/entry       hit probes         miss probes
 *                     after  before   buckets    keys    buckets    keys
 *   4.00      2.14     57.37   28.69     1.008   1.008      1.021   0.016
 *   4.50      4.01     51.00   25.50     1.015   1.009      1.040   0.018
 *   5.00      6.77     45.90   23.06     1.024   1.010      1.068   0.020
 *   5.50     10.60     41.73   21.72     1.037   1.011      1.106   0.022
 *   6.00     15.25     38.25   20.75     1.052   1.012      1.153   0.024
 *   6.50     20.82     35.31   20.08     1.071   1.013      1.209   0.026
 *   7.00     27.10     32.79   19.62     1.092   1.014      1.272   0.028
 *   7.50     33.87     30.60   19.31     1.115   1.015      1.341   0.030
 *   8.00     40.77     28.69   19.05     1.140   1.016      1.411   0.032
 *
 * load        = entries per regular bucket just before the table doubles
 * %overflow   = percentage of regular buckets with an overflow bucket, just before
 * bytes/entry = table bytes per entry just after the doubling (evacuation done) and
 *               just before it: regular + preallocated or used overflow buckets
 * hit probes  = buckets visited and keys compared to find a present key
 * miss probes = buckets visited and keys compared to miss an absent key
 *
 * The %overflow column agrees with Go's table. Past 6.5 a full table saves little
 * memory (bytes/entry just before doubling falls by 5% up to 8.0) while a miss visits
 * 17% more buckets; below it, memory grows quickly. So we keep Go's 6.5. The packed
 * tophash keeps key comparisons near the minimum at every load: a hit compares about
 * one key, and only one miss in 40 compares a key at all.
 *
 * Produced by (from the repository root; B = 16, 8 trials; see LoadFactorTable):
 *   mvn -q -pl runtime test-compile
 *   java -cp runtime/target/classes:runtime/target/test-classes dev.bucketmap.runtime.LoadFactorTable
 * </pre>
 */
public final class Buckets {

    /** Slots per bucket: 8, so one bucket's tophash bytes fill exactly one {@code long}. */
    public static final int SLOTS = 8;
    /** log2({@link #SLOTS}): {@code bucket << SLOT_SHIFT} is the index of the bucket's first slot. */
    public static final int SLOT_SHIFT = 3;
    /** {@code SLOTS - 1}: {@code index & SLOT_MASK} is the slot of a flat array index. */
    public static final int SLOT_MASK = 7;

    /**
     * log2 of the buckets in one chunk of a large table: 512 buckets, for a long-to-reference
     * map about 37 KB of keys and tophash words and 16 KB of values, each zeroed in a few
     * microseconds.
     */
    public static final int CHUNK_SHIFT = 9;

    private Buckets() {}
}
