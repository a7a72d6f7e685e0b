package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Subject.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Traversals of a map in the middle of a growth, when some entries still sit in old
 * buckets: each traversal (forEach, forEachKey, forEachValue, cursor, keys(), values(),
 * toString) visits each entry exactly once, and removal through the cursor or removeIf,
 * which evacuates buckets while the traversal runs, keeps it that way.
 */
class GrowthTraversalTest {

    @ParameterizedTest(name = "doubling from 2^{0} buckets")
    @ValueSource(ints = {2, 3, 4, 5, 7, 10, 13})
    void everyTraversalWhileDoubling(int oldLog2) {
        long seed = Seeds.of("everyTraversalWhileDoubling") + oldLog2;
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = "seed=" + seed;
        MapStats st = Growing.startDoubling(s, mirror, rnd, oldLog2, ctx);
        int oldBuckets = 1 << oldLog2;
        int step = Math.max(1, oldBuckets / 16);
        int checks = 0;
        int writes = 0;
        while (st.growing()) {
            Contents.assertSame(s, mirror, ctx + ", " + writes + " writes into the growth: " + st);
            checks++;
            for (int i = 0; i < step; i++) {
                write(s, mirror, rnd, ctx);
                writes++;
            }
            st = s.stats().get();
        }
        Contents.assertSame(s, mirror, ctx + ", growth done after " + writes + " writes: " + st);
        int done = checks;
        assertTrue(
                done >= 2 || oldLog2 <= 2,
                () -> ctx + ": only " + done + " traversal checks fit in the growth from 2^" + oldLog2);
    }

    @ParameterizedTest(name = "same-size growth of 2^{0} buckets")
    @ValueSource(ints = {3, 5, 8})
    void everyTraversalWhileGrowingToTheSameSize(int log2) {
        long seed = Seeds.of("everyTraversalWhileGrowingToTheSameSize") + log2;
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = "seed=" + seed;
        int size = 13 << log2 >> 1; // a full table: 6.5 per bucket
        MapStats st = Growing.startSameSizeGrowth(s, mirror, rnd, size, ctx);
        assertEquals(log2, st.log2Buckets(), () -> ctx + ": " + s.stats().get());
        int writes = 0;
        while (st.growing()) {
            Contents.assertSame(s, mirror, ctx + ", " + writes + " writes into a same-size growth: " + st);
            write(s, mirror, rnd, ctx);
            writes++;
            st = s.stats().get();
        }
        Contents.assertSame(s, mirror, ctx + ", same-size growth done: " + st);
    }

    /** An overwrite, a removal, or an insertion of a fresh key: each may evacuate buckets. */
    private static void write(Subject s, Map<Long, String> mirror, Random rnd, String ctx) {
        int what = rnd.nextInt(4);
        if (what == 0 && !mirror.isEmpty()) {
            long k = anyKey(mirror, rnd);
            assertEquals(mirror.put(k, "w" + what), s.ops().put(k, "w" + what), ctx);
        } else if (what == 1 && !mirror.isEmpty()) {
            long k = anyKey(mirror, rnd);
            assertEquals(mirror.remove(k), s.ops().remove(k), ctx);
        } else {
            long k = rnd.nextLong();
            assertEquals(mirror.put(k, "n" + (k & 7)), s.ops().put(k, "n" + (k & 7)), ctx);
        }
    }

    private static long anyKey(Map<Long, String> mirror, Random rnd) {
        // Cheap enough for the sizes here: the first key HashMap yields after a random skip.
        int skip = rnd.nextInt(Math.min(mirror.size(), 64));
        for (long k : mirror.keySet()) {
            if (skip-- == 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    @ParameterizedTest(name = "doubling from 2^{0} buckets")
    @ValueSource(ints = {2, 3, 5, 8, 12})
    void cursorRemoveAndSetValueWhileDoubling(int oldLog2) {
        for (Kind kind : Kind.values()) {
            long seed = Seeds.of("cursorRemoveAndSetValueWhileDoubling") + oldLog2 * 3L + kind.ordinal();
            Random rnd = new Random(seed);
            Subject s = kind.create();
            Map<Long, String> mirror = new HashMap<>();
            String ctx = kind + ", seed=" + seed;
            MapStats before = Growing.startDoubling(s, mirror, rnd, oldLog2, ctx);
            Map<Long, String> original = new HashMap<>(mirror);
            Map<Long, Integer> visits = new HashMap<>();
            LongStringCursor c = s.ops().cursor();
            int i = 0;
            while (c.next()) {
                long k = c.key();
                String v = c.value();
                if (visits.merge(k, 1, Integer::sum) > 1) {
                    fail(ctx + ": cursor visited " + k + " twice while growing (" + before + "), now "
                            + s.stats().get());
                }
                if (!original.containsKey(k) || !Objects.equals(original.get(k), v)) {
                    fail(ctx + ": cursor saw " + k + "=" + v + ", expected " + original.get(k)
                            + (original.containsKey(k) ? "" : " (no such key)"));
                }
                if (i % 2 == 0) {
                    c.remove();
                    mirror.remove(k);
                } else if (i % 3 == 1) {
                    c.setValue("set" + i);
                    mirror.put(k, "set" + i);
                } else if (i % 3 == 0) {
                    c.setValue(null);
                    mirror.put(k, null);
                }
                i++;
            }
            assertEquals(original.keySet(), visits.keySet(), () -> ctx + ": keys the cursor visited");
            Contents.assertSame(s, mirror, ctx + ", after cursor edits during growth " + before);
            // Finish the growth with further writes, then compare again.
            while (s.stats().get().growing()) {
                write(s, mirror, rnd, ctx);
            }
            Contents.assertSame(s, mirror, ctx + ", growth finished after cursor edits");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cursorRemovesEverythingWhileDoubling(Kind kind) {
        long seed = Seeds.of("cursorRemovesEverythingWhileDoubling") + kind.ordinal();
        Random rnd = new Random(seed);
        Subject s = kind.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = kind + ", seed=" + seed;
        Growing.startDoubling(s, mirror, rnd, 9, ctx);
        int n = 0;
        LongStringCursor c = s.ops().cursor();
        while (c.next()) {
            assertTrue(mirror.containsKey(c.key()), ctx);
            c.remove();
            n++;
        }
        int removed = n;
        assertEquals(mirror.size(), removed, () -> ctx + ": entries removed through the cursor");
        mirror.clear();
        Contents.assertSame(s, mirror, ctx + ", emptied through the cursor while growing");
        Differential d = new Differential(s, seed, new KeyGen(rnd, 5000, 1, 1, 5, 2, 1, 2), rnd, Differential.allOps());
        d.run(3000);
        d.checkpoint("reused after emptying");
    }

    @ParameterizedTest(name = "doubling from 2^{0} buckets")
    @ValueSource(ints = {2, 4, 7, 11})
    void removeIfWhileDoubling(int oldLog2) {
        for (Kind kind : Kind.values()) {
            long seed = Seeds.of("removeIfWhileDoubling") + oldLog2 * 3L + kind.ordinal();
            Random rnd = new Random(seed);
            Subject s = kind.create();
            Map<Long, String> mirror = new HashMap<>();
            String ctx = kind + ", seed=" + seed;
            MapStats before = Growing.startDoubling(s, mirror, rnd, oldLog2, ctx);
            Map<Long, String> original = new HashMap<>(mirror);
            Map<Long, String> tested = new HashMap<>();
            List<Long> twice = new ArrayList<>();
            boolean removed = s.ops().removeIf((k, v) -> {
                if (tested.containsKey(k)) {
                    twice.add(k);
                }
                tested.put(k, v);
                return (Differential.mix(k) & 1) == 0;
            });
            assertTrue(twice.isEmpty(), () -> ctx + ": removeIf tested keys twice: " + twice + " during " + before);
            assertEquals(original, tested, () -> ctx + ": entries removeIf tested during " + before);
            boolean expected = mirror.entrySet().removeIf(e -> (Differential.mix(e.getKey()) & 1) == 0);
            assertEquals(expected, removed, ctx);
            Contents.assertSame(s, mirror, ctx + ", after removeIf during growth " + before);
            assertFalse(
                    s.ops().removeIf((k, v) -> (Differential.mix(k) & 1) == 0),
                    () -> ctx + ": a second removeIf with the same filter removed something");
        }
    }
}
