package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Subject.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code stats()}: its numbers agree with each other, with the load factor 6.5, and with presizing. */
class StatsTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void emptyMap(Kind kind) {
        MapStats st = kind.create().stats().get();
        Contents.assertStatsConsistent(st, 0, kind + ", new map");
        assertFalse(st.growing(), st::toString);
        assertEquals(0, st.growths(), st::toString);
        assertEquals(0, st.sameSizeGrowths(), st::toString);
        assertEquals(0.0, st.loadFactor(), st::toString);
    }

    /**
     * Inserting distinct keys into a map made without a size: after every insertion B is
     * the smallest table that holds the entries at 6.5 per bucket (or 8 in one bucket),
     * and each step of B was one counted doubling.
     */
    @Test
    void growthFromEmptyFollowsTheLoadFactor() {
        long seed = Seeds.of("growthFromEmptyFollowsTheLoadFactor");
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        int initialLog2 = s.stats().get().log2Buckets();
        int n = 0;
        int growthsSeenStarting = 0;
        boolean wasGrowing = false;
        while (n < 200_000) {
            long k = rnd.nextLong();
            if (s.ops().put(k, "x") != null) {
                continue;
            }
            n++;
            MapStats st = s.stats().get();
            String ctx = "seed=" + seed + ", after " + n + " insertions: " + st;
            Contents.assertStatsConsistent(st, n, ctx);
            int b = st.log2Buckets();
            assertTrue(n <= Math.max(8, 6.5 * (1L << b)), () -> ctx + ": load above 6.5");
            assertTrue(
                    b == initialLog2 || n > Math.max(8, 6.5 * (1L << (b - 1))),
                    () -> ctx + ": the table doubled before it had to");
            assertEquals(b - initialLog2, st.growths(), () -> ctx + ": growths counts the doublings");
            assertEquals(0, st.sameSizeGrowths(), () -> ctx + ": a same-size growth with insertions only");
            if (st.growing() && !wasGrowing) {
                growthsSeenStarting++;
            }
            wasGrowing = st.growing();
        }
        // 6.5 * 2^14 = 106,496 < 200,000 <= 212,992 = 6.5 * 2^15
        MapStats end = s.stats().get();
        assertEquals(15, end.log2Buckets(), end::toString);
        int seen = growthsSeenStarting;
        assertTrue(seen >= 12, () -> "only " + seen + " of the 15 doublings were seen in progress: " + end);
    }

    /**
     * Growth is incremental: once a doubling starts, each write evacuates at most a couple of
     * old buckets, so the growth stays in progress for many writes.
     */
    @ParameterizedTest(name = "doubling from 2^{0} buckets")
    @ValueSource(ints = {4, 9, 13, 16})
    void growthIsIncremental(int oldLog2) {
        long seed = Seeds.of("growthIsIncremental") + oldLog2;
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = "seed=" + seed;
        MapStats st = Growing.startDoubling(s, mirror, rnd, oldLog2, ctx);
        int oldBuckets = 1 << oldLog2;
        assertTrue(
                st.evacuatedOldBuckets() <= 2,
                () -> ctx + ": the insertion that started the growth evacuated more than 2 old buckets: " + st);
        int writes = 0;
        int previous = st.evacuatedOldBuckets();
        int largestStep = previous;
        while (true) {
            long k = rnd.nextLong();
            s.ops().put(k, "x");
            writes++;
            MapStats now = s.stats().get();
            if (!now.growing()) {
                break;
            }
            int step = now.evacuatedOldBuckets() - previous;
            int w = writes;
            assertTrue(step >= 0, () -> ctx + ": evacuatedOldBuckets went down at write " + w + ": " + now);
            assertTrue(
                    step <= 2,
                    () -> ctx + ": write " + w + " of the growth evacuated " + step
                            + " old buckets (at most 2 expected): " + now);
            largestStep = Math.max(largestStep, step);
            previous = now.evacuatedOldBuckets();
            assertEquals(oldLog2 + 1, now.log2Buckets(), () -> ctx + ": " + now);
        }
        int total = writes;
        // At most 2 evacuations per write: half as many writes as old buckets, at least.
        assertTrue(
                total >= oldBuckets / 2 - 1,
                () -> ctx + ": the growth from " + oldBuckets + " buckets finished after only " + total + " writes");
        assertTrue(
                total <= oldBuckets,
                () -> ctx + ": the growth took " + total + " writes for " + oldBuckets
                        + " old buckets: each write should evacuate at least one");
    }

    @Test
    void removalsAndOverwritesAlsoAdvanceTheGrowth() {
        long seed = Seeds.of("removalsAndOverwritesAlsoAdvanceTheGrowth");
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        Growing.startDoubling(s, mirror, rnd, 10, "seed=" + seed);
        long[] keys = Contents.sortedKeys(mirror);
        int writes = 0;
        while (s.stats().get().growing()) {
            long k = keys[rnd.nextInt(keys.length)];
            if (writes % 2 == 0) {
                s.ops().put(k, "over");
                mirror.put(k, "over");
            } else {
                s.ops().remove(k);
                mirror.remove(k);
            }
            writes++;
            assertTrue(
                    writes <= 1024,
                    "seed=" + seed + ": overwrites and removals did not finish a growth"
                            + " from 1024 buckets in 1024 writes");
        }
        Contents.assertSame(s, mirror, "seed=" + seed + ", growth finished by overwrites and removals");
    }

    @Test
    void readsDoNotMoveTheGrowth() {
        long seed = Seeds.of("readsDoNotMoveTheGrowth");
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        MapStats st = Growing.startDoubling(s, mirror, rnd, 8, "seed=" + seed);
        for (long k : mirror.keySet()) {
            s.ops().get(k);
            s.ops().containsKey(k);
        }
        s.ops().keys();
        s.ops().forEach((k, v) -> {});
        assertEquals(st, s.stats().get(), "reads and traversals changed the table");
    }

    @ParameterizedTest(name = "expected size {0}")
    @ValueSource(ints = {0, 1, 7, 8, 9, 13, 14, 52, 53, 100, 1000, 6656, 6657, 100_000, 1_000_000})
    void presizedMapsDoNotGrow(int n) {
        for (Kind kind : n >= 100_000 ? new Kind[] {Kind.JUF} : Kind.values()) {
            long seed = Seeds.of("presizedMapsDoNotGrow") + n;
            Random rnd = new Random(seed);
            Subject s = kind.create(n);
            String ctx = kind + ", expected size " + n + ", seed=" + seed;
            MapStats empty = s.stats().get();
            Contents.assertStatsConsistent(empty, 0, ctx);
            assertTrue(n <= Math.max(8, 6.5 * empty.buckets()), () -> ctx + ": presized table too small: " + empty);
            int inserted = 0;
            while (inserted < n) {
                if (s.ops().put(rnd.nextLong(), "p") == null) {
                    inserted++;
                }
            }
            MapStats st = s.stats().get();
            Contents.assertStatsConsistent(st, n, ctx);
            assertEquals(0, st.growths(), () -> ctx + ": " + st);
            assertEquals(0, st.sameSizeGrowths(), () -> ctx + ": " + st);
            assertFalse(st.growing(), () -> ctx + ": " + st);
            assertEquals(empty.log2Buckets(), st.log2Buckets(), () -> ctx + ": " + st);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void presizedMapsWorkBeyondTheirSize(Kind kind) {
        long seed = Seeds.of("presizedMapsWorkBeyondTheirSize") + kind.ordinal();
        Random rnd = new Random(seed);
        Differential d = new Differential(
                kind.create(100), seed, new KeyGen(rnd, 10_000, 1, 1, 6, 3, 1, 2), rnd, Differential.growing());
        while (d.mirror.size() < 5000) {
            d.step();
        }
        d.checkpoint("presized for 100, holding 5000");
        assertTrue(d.subject.stats().get().growths() > 0, d::where);
    }

    @Test
    void negativeExpectedSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_JufMap(-1));
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_OwnMap(Integer.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_BoxedMap(-100));
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_Minimal(-1));
    }

    @Test
    void churnCountsOverflowBucketsAndSameSizeGrowths() {
        long seed = Seeds.of("churnCountsOverflowBucketsAndSameSizeGrowths");
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        MapStats st = Growing.startSameSizeGrowth(s, mirror, rnd, 416, "seed=" + seed);
        String ctx = "seed=" + seed + ": " + st;
        assertTrue(st.sameSizeGrowth() && st.growing(), ctx);
        assertTrue(st.sameSizeGrowths() >= 1, ctx);
        assertEquals(6, st.log2Buckets(), ctx);
        Contents.assertStatsConsistent(st, mirror.size(), ctx);
        long[] keys = Contents.sortedKeys(mirror);
        int i = 0;
        while (s.stats().get().growing()) {
            // Constant size: a removal and a fresh insertion, so no doubling can follow.
            s.ops().remove(keys[i]);
            mirror.remove(keys[i]);
            long k = rnd.nextLong();
            s.ops().put(k, "z");
            mirror.put(k, "z");
            keys[i++] = k;
        }
        MapStats done = s.stats().get();
        Contents.assertStatsConsistent(done, mirror.size(), "seed=" + seed + ": " + done);
        assertTrue(
                done.sameSizeGrowth(), () -> "seed=" + seed + ": sameSizeGrowth() describes the last growth: " + done);
        Contents.assertSame(s, mirror, "seed=" + seed + ", after a same-size growth");
    }
}
