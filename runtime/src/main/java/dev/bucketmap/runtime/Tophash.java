package dev.bucketmap.runtime;

/**
 * Not API, for generated code: the tophash bytes of a bucket, packed eight to a {@code long},
 * and the SWAR ("SIMD within a register") operations that test all eight slots at once.
 *
 * <p>This class is public only because the generated maps, which live in your packages, call
 * it; it may change in any release. Your code uses {@link MapStats} and the system properties
 * that the {@linkplain dev.bucketmap.runtime package} documentation lists.
 *
 * <p>Slot {@code i} of a bucket lives in bits {@code 8*i .. 8*i+7} of the bucket's
 * tophash word, so slot 0 is the lowest byte. A byte below {@link #MIN_TOP_HASH} is a
 * marker; a byte at or above it is the top 8 bits of the hash of the entry in that
 * slot. A freshly allocated (all zero) word therefore means "eight {@link #EMPTY_REST}
 * slots", exactly like a freshly allocated Go bucket.
 *
 * <p>The match functions return a mask with bit {@code 8*i+7} set for each slot
 * {@code i} that matches, and no other bit set. Walk it with {@link #firstSlot},
 * clearing the lowest flag each step:
 * <pre>{@code
 * for (long m = Tophash.match(word, top); m != 0; m &= m - 1) {
 *     int slot = Tophash.firstSlot(m);
 *     ...
 * }
 * }</pre>
 * Unlike the usual "has zero byte" trick, these masks are exact: a byte never reports
 * a match because of a borrow or carry from its neighbour.
 */
public final class Tophash {

    /** This slot is empty, and so is every later slot of the bucket and of its overflow chain. */
    public static final int EMPTY_REST = 0;
    /** This slot is empty. */
    public static final int EMPTY_ONE = 1;
    /** The entry was evacuated to the first half (X) of the larger table. */
    public static final int EVACUATED_X = 2;
    /** The entry was evacuated to the second half (Y) of the larger table. */
    public static final int EVACUATED_Y = 3;
    /** The slot was empty when its bucket was evacuated. */
    public static final int EVACUATED_EMPTY = 4;
    /** The smallest tophash of a real entry; smaller values are the markers above. */
    public static final int MIN_TOP_HASH = 5;

    /** 0x01 in every byte. */
    private static final long LSB = 0x0101_0101_0101_0101L;
    /** 0x7F in every byte: the bits that cannot carry into the next byte when added. */
    private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
    /** 0x80 in every byte: the flag bit of each slot in a match mask. */
    private static final long MSB = 0x8080_8080_8080_8080L;
    /** 0x7E in every byte: the low seven bits without bit 0 (EMPTY_ONE differs from EMPTY_REST in bit 0 only). */
    private static final long LOW7_NOT_BIT0 = 0x7E7E_7E7E_7E7E_7E7EL;
    /** 0x80 - MIN_TOP_HASH in every byte: adding it to a byte below 0x80 sets bit 7 iff the byte is >= MIN_TOP_HASH. */
    private static final long FULL_BIAS = (0x80L - MIN_TOP_HASH) * LSB;

    private Tophash() {}

    /**
     * The tophash of a 64-bit hash: its top 8 bits, bumped by {@link #MIN_TOP_HASH} when
     * below it so that a real entry never looks like a marker (Go's {@code tophash()}).
     */
    public static int of(long hash) {
        int top = (int) (hash >>> 56);
        return top < MIN_TOP_HASH ? top + MIN_TOP_HASH : top;
    }

    /** The byte of {@code slot} (0..7) in a packed tophash word; slot 0 is the lowest byte. Returns 0..255. */
    public static int get(long word, int slot) {
        return (int) (word >>> (slot << 3)) & 0xFF;
    }

    /** {@code word} with the byte of {@code slot} (0..7) replaced by {@code tophash} (0..255). */
    public static long set(long word, int slot, int tophash) {
        int shift = slot << 3;
        return (word & ~(0xFFL << shift)) | ((tophash & 0xFFL) << shift);
    }

    /**
     * The packed word kept as two {@code int}s, for tables that store 32-bit keys: bytes
     * of slots 0..3 in {@code low}, of slots 4..7 in {@code high}.
     */
    public static long join(int low, int high) {
        return (low & 0xFFFF_FFFFL) | (long) high << 32;
    }

    /** A word whose 8 bytes are all {@code tophash} (0..255). */
    public static long broadcast(int tophash) {
        return (tophash & 0xFFL) * LSB;
    }

    /**
     * A mask with bit {@code 8*i+7} set exactly for each slot {@code i} whose byte equals
     * {@code tophash}; no false positives.
     */
    public static long match(long word, int tophash) {
        return zeroBytes(word ^ broadcast(tophash));
    }

    /** The slots that are empty ({@link #EMPTY_REST} or {@link #EMPTY_ONE}), as a match mask. */
    public static long matchEmpty(long word) {
        // A byte is 0 or 1 iff its bits 1..7 are all zero. Bit 7 is handled by the final OR.
        return ~(((word & LOW7_NOT_BIT0) + LOW7) | word | LOW7);
    }

    /** The slots that hold an entry (byte {@code >= MIN_TOP_HASH}), as a match mask. */
    public static long matchFull(long word) {
        // Bytes >= 0x80 are full by their own bit 7; for the rest, b + (0x80 - 5) reaches
        // bit 7 exactly when b >= 5, and (b & 0x7F) + 0x7B <= 0xFA never carries out.
        return (((word & LOW7) + FULL_BIAS) | word) & MSB;
    }

    /** True if any slot of the word is {@link #EMPTY_REST}. */
    public static boolean hasEmptyRest(long word) {
        // The classic test may flag a byte above a real zero byte, but never flags
        // anything when there is no zero byte at all, so "any" is exact.
        return ((word - LSB) & ~word & MSB) != 0;
    }

    /** The slot index (0..7) of the lowest flag in a non-zero match mask. */
    public static int firstSlot(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }

    /**
     * The tail of Go's {@code mapdelete}, for one bucket: {@code word} with slot {@code slot},
     * which must be {@link #EMPTY_ONE}, and every {@link #EMPTY_ONE} slot below it down to the
     * first that is not, turned into {@link #EMPTY_REST}. Go walks the slots one by one; this
     * takes the whole run at once. If the result's slot 0 is {@link #EMPTY_REST} the run reached
     * the start of the bucket, and the walk goes on in the previous bucket of the chain.
     */
    public static long emptyRestDown(long word, int slot) {
        long upTo = -1L >>> ((7 - slot) << 3);
        long ones = match(word, EMPTY_ONE) & upTo;
        long others = ~ones & MSB & upTo;
        // The run: the EMPTY_ONE flags above the highest other slot (all of them if none).
        long run = ones & (-1L << (64 - Long.numberOfLeadingZeros(others)));
        // EMPTY_ONE is 1 and EMPTY_REST 0: clearing bit 0 of each byte of the run does it.
        return word & ~(run >>> 7);
    }

    /**
     * Go's {@code evacuated(b)}: true when slot 0's byte is {@link #EVACUATED_X},
     * {@link #EVACUATED_Y} or {@link #EVACUATED_EMPTY}, that is, when the whole bucket has
     * been moved to the new table.
     */
    public static boolean isEvacuated(long word) {
        int h = (int) word & 0xFF;
        return h > EMPTY_ONE && h < MIN_TOP_HASH;
    }

    /** Bit 7 of every byte that is zero, and nothing else (exact: no carries between bytes). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
