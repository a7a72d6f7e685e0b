package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hash flooding: 100,000 distinct strings with one shared {@code String.hashCode()} (17 blocks
 * of "Aa"/"BB") must spread like random strings, because String keys are hashed from their
 * characters with the map's seed. Judged by the table's shape from {@code stats()}, never by
 * wall-clock time.
 */
class StringFloodingTest {
    static final int COUNT = 100_000;
    static final int BLOCKS = 17;

    @Test
    void stringsSharingOneHashCodeSpreadLikeRandomStrings() {
        long seed = TestSeeds.of("stringFlooding");
        String[] colliding = new String[COUNT];
        int shared = Domain.blocks(0, BLOCKS).hashCode();
        for (int i = 0; i < COUNT; i++) {
            colliding[i] = Domain.blocks(i, BLOCKS);
            if (colliding[i].hashCode() != shared) {
                fail("test setup: " + colliding[i] + " does not share the hashCode " + shared);
            }
        }
        String[] random = randomStrings(new Random(seed), COUNT, 2 * BLOCKS);

        BucketMap_Maps_StringInt flood = new BucketMap_Maps_StringInt();
        BucketMap_Maps_StringInt normal = new BucketMap_Maps_StringInt();
        for (int i = 0; i < COUNT; i++) {
            assertEquals(0, flood.put(colliding[i], i + 1), "a fresh colliding key");
            normal.put(random[i], i + 1);
        }
        MapStats f = flood.stats();
        MapStats n = normal.stats();
        String ctx = "seed=" + seed + ", colliding: " + f + ", random: " + n;
        assertEquals(COUNT, f.size(), ctx);
        assertEquals(COUNT, n.size(), ctx);
        assertEquals(n.log2Buckets(), f.log2Buckets(), () -> ctx + ": log2Buckets");
        assertEquals(n.growths(), f.growths(), () -> ctx + ": doublings");
        assertTrue(f.overflowBuckets() <= 2 * n.overflowBuckets() + 64, () -> ctx + ": overflow buckets");
        assertEquals(0, f.sameSizeGrowths(), () -> ctx + ": same-size growths without any removal");

        for (int i = 0; i < COUNT; i++) {
            int got = flood.get(colliding[i]);
            if (got != i + 1) {
                fail(ctx + ": get(" + colliding[i] + ") = " + got + ", expected " + (i + 1));
            }
        }
        // The other 31,072 strings of the family are absent.
        for (int i = COUNT; i < 1 << BLOCKS; i++) {
            String s = Domain.blocks(i, BLOCKS);
            if (flood.containsKey(s)) {
                fail(ctx + ": containsKey(" + s + ") of a string never inserted");
            }
        }
        // Remove every other key; the rest are still found, the removed ones are not.
        for (int i = 0; i < COUNT; i += 2) {
            assertEquals(i + 1, flood.remove(colliding[i]));
        }
        for (int i = 0; i < COUNT; i++) {
            boolean kept = (i & 1) == 1;
            if (flood.containsKey(colliding[i]) != kept) {
                fail(ctx + ": after removing every other key, containsKey(" + colliding[i] + ") is " + !kept);
            }
        }
        assertEquals(COUNT / 2, flood.size());
    }

    /** Each new map draws its own seed: the same colliding strings fill a second map just as evenly. */
    @Test
    void aPresizedMapTakesTheFloodWithoutGrowing() {
        BucketMap_Maps_StringInt flood = new BucketMap_Maps_StringInt(COUNT);
        BucketMap_Maps_StringInt normal = new BucketMap_Maps_StringInt(COUNT);
        String[] random = randomStrings(new Random(TestSeeds.of("presizedFlood")), COUNT, 2 * BLOCKS);
        for (int i = 0; i < COUNT; i++) {
            flood.addValue(Domain.blocks(i, BLOCKS), 1);
            normal.addValue(random[i], 1);
        }
        MapStats f = flood.stats();
        MapStats n = normal.stats();
        String ctx = "colliding: " + f + ", random: " + n;
        assertEquals(0, f.growths(), ctx);
        assertFalse(f.growing(), ctx);
        assertEquals(n.log2Buckets(), f.log2Buckets(), ctx);
        assertTrue(f.overflowBuckets() <= 2 * n.overflowBuckets() + 64, () -> ctx + ": overflow buckets");
        int[] values = flood.values();
        assertEquals(COUNT, values.length);
        for (int v : values) {
            assertEquals(1, v, ctx);
        }
    }

    /** Distinct random strings of one length (letters and digits). */
    static String[] randomStrings(Random rnd, int count, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Set<String> seen = new HashSet<>();
        String[] out = new String[count];
        int n = 0;
        while (n < count) {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) {
                c[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            }
            String s = new String(c);
            if (seen.add(s)) {
                out[n++] = s;
            }
        }
        return out;
    }
}
