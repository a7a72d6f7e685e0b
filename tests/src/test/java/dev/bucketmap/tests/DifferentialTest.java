package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Differential.Op;
import dev.bucketmap.tests.Subject.Kind;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated maps against {@link java.util.HashMap}: seeded random sequences of every
 * operation form, return values compared op by op, full contents compared at checkpoints.
 */
class DifferentialTest {

    /** Many short runs over small key pools: lots of repeats, every form, clear, nulls. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void smallMapsEveryForm(Kind kind) {
        long base = Seeds.of("smallMapsEveryForm");
        for (int run = 0; run < 120; run++) {
            long seed = base + run;
            Random rnd = new Random(seed);
            // pools: SPECIAL, SMALL, RANGE, WIDE, HIGH_BITS, HISTORY
            KeyGen keys = new KeyGen(rnd, 1 + rnd.nextInt(200), 3, 4, 3, 1, 2, 3);
            Differential d = new Differential(
                    kind.create(), seed, keys, rnd, Differential.with(Differential.allOps(), Op.CLEAR, 1));
            d.nullPercent = run % 2 == 0 ? 0 : 15;
            int length = 200 + rnd.nextInt(1200);
            for (int i = 0; i < length; i++) {
                d.step();
                if (i % 40 == 0) {
                    d.checkpoint("every 40 ops");
                }
            }
            d.checkpoint("end of run " + run);
        }
    }

    /** From empty, no presize, to 150,000 entries: compared as each doubling starts. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void growthByDoublingFromEmpty(Kind kind) {
        long seed = Seeds.of("growthByDoublingFromEmpty") + kind.ordinal();
        Random rnd = new Random(seed);
        KeyGen keys = new KeyGen(rnd, 1 << 20, 1, 0, 2, 6, 1, 2);
        Differential d = new Differential(kind.create(), seed, keys, rnd, Differential.growing());
        d.nullPercent = 5;
        boolean wasGrowing = false;
        int growthsSeen = 0;
        int nextPowerOfTwo = 1;
        while (d.mirror.size() < 150_000) {
            d.step();
            MapStats st = d.subject.stats().get();
            if (st.growing() && !wasGrowing) {
                growthsSeen++;
                d.checkpoint("a growth just started: " + st);
            }
            wasGrowing = st.growing();
            if (d.mirror.size() >= nextPowerOfTwo) {
                d.checkpoint("size reached " + nextPowerOfTwo);
                nextPowerOfTwo *= 2;
            }
        }
        d.checkpoint("end");
        int seen = growthsSeen;
        assertTrue(seen >= 10, () -> "saw only " + seen + " growths in progress; seed=" + seed);
    }

    /** The one big phase: from empty to 1,000,000 entries, then down to 400,000. */
    @Test
    void oneMillionEntries() {
        long seed = Seeds.of("oneMillionEntries");
        Random rnd = new Random(seed);
        KeyGen keys = new KeyGen(rnd, 1 << 24, 1, 1, 4, 40, 2, 6);
        Subject s = Kind.JUF.create();
        int initialLog2 = s.stats().get().log2Buckets();
        Differential d = new Differential(s, seed, keys, rnd, Differential.growing());
        d.nullPercent = 2;
        int next = 1000;
        while (d.mirror.size() < 1_000_000) {
            d.step();
            if (d.mirror.size() == next && next < 1_000_000) {
                d.checkpoint("size " + next);
                next *= 10;
            }
        }
        d.checkpoint("1,000,000 entries");
        MapStats st = s.stats().get();
        // 6.5 * 2^17 < 1,000,000 <= 6.5 * 2^18
        assertEquals(18, st.log2Buckets(), () -> "seed=" + seed + ": " + st);
        assertEquals(
                18 - initialLog2, st.growths(), () -> "seed=" + seed + ": growths from B=" + initialLog2 + ": " + st);

        // Shrink to 400,000: removal forms on present keys, between other operations.
        long[] present = Contents.sortedKeys(d.mirror);
        Op[] removals = {Op.REMOVE, Op.REMOVE_KV, Op.COMPUTE_IF_PRESENT, Op.COMPUTE, Op.MERGE};
        for (int i = present.length - 1; d.mirror.size() > 400_000 && i >= 0; i--) {
            int j = rnd.nextInt(i + 1);
            long k = present[j];
            present[j] = present[i];
            d.step(removals[rnd.nextInt(removals.length)], k);
            if (d.mirror.containsKey(k)) {
                d.step(Op.REMOVE, k);
            }
            if (rnd.nextInt(8) == 0) {
                d.step();
            }
        }
        assertEquals(400_000, d.mirror.size(), d::where);
        d.checkpoint("shrunk to 400,000");
    }

    /**
     * Constant size, many removals and insertions of fresh keys: overflow buckets pile up
     * until a same-size growth repacks them. The sizes fill the table to 6.5 per bucket.
     */
    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"JUF", "OWN"})
    void churnAtConstantSizeCausesSameSizeGrowth(Kind kind) {
        for (int size : new int[] {52, 1_664, 53_248}) {
            // Typically 5 to 10 "sweeps" (size pairs) suffice; small tables have long tails.
            churn(kind, size, Math.max(30L * size, 20_000));
        }
    }

    private void churn(Kind kind, int size, long maxPairs) {
        long seed = Seeds.of("churn") + size;
        Random rnd = new Random(seed);
        Differential d = new Differential(
                kind.create(), seed, new KeyGen(rnd, 1, 0, 0, 0, 1, 0, 0), rnd, Differential.growing());
        long[] live = new long[size];
        int n = 0;
        while (n < size) {
            long k = rnd.nextLong();
            if (!d.mirror.containsKey(k)) {
                d.subject.ops().put(k, "v" + (n & 63));
                d.mirror.put(k, "v" + (n & 63));
                live[n++] = k;
            }
        }
        d.checkpoint("filled to " + size);
        MapStats start = d.subject.stats().get();
        String ctx = d.subject.name() + ", size " + size + ", seed=" + seed;
        boolean checkedDuringSameSize = false;
        long sameSizeSeenAt = -1;
        LongStringOps m = d.subject.ops();
        for (long pair = 0; pair < maxPairs; pair++) {
            int i = rnd.nextInt(size);
            long old = live[i];
            String oldValue = d.mirror.remove(old);
            switch (rnd.nextInt(4)) {
                case 0:
                    assertEquals(oldValue, m.remove(old), ctx);
                    break;
                case 1:
                    assertTrue(m.remove(old, oldValue), ctx);
                    break;
                case 2:
                    assertEquals(null, m.computeIfPresent(old, (k, v) -> null), ctx);
                    break;
                default:
                    assertEquals(null, m.compute(old, (k, v) -> null), ctx);
                    break;
            }
            long fresh;
            do {
                fresh = rnd.nextLong();
            } while (d.mirror.containsKey(fresh));
            String value = Differential.VALUES[rnd.nextInt(64)];
            d.mirror.put(fresh, value);
            live[i] = fresh;
            switch (rnd.nextInt(4)) {
                case 0:
                    assertEquals(null, m.put(fresh, value), ctx);
                    break;
                case 1:
                    assertEquals(null, m.putIfAbsent(fresh, value), ctx);
                    break;
                case 2:
                    assertEquals(value, m.computeIfAbsent(fresh, k -> value), ctx);
                    break;
                default:
                    assertEquals(value, m.merge(fresh, value, (a, b) -> "never"), ctx);
                    break;
            }
            MapStats st = d.subject.stats().get();
            if (st.growths() != start.growths() || st.log2Buckets() != start.log2Buckets()) {
                throw new AssertionError(ctx + ": a doubling at constant size " + size + " after " + pair + " pairs: "
                        + start + " -> " + st);
            }
            if (sameSizeSeenAt < 0 && st.sameSizeGrowths() > 0) {
                sameSizeSeenAt = pair;
            }
            if (!checkedDuringSameSize && st.growing() && st.sameSizeGrowth()) {
                checkedDuringSameSize = true;
                d.checkpoint("during a same-size growth: " + st);
            }
            if (sameSizeSeenAt >= 0 && pair >= sameSizeSeenAt + size) {
                break;
            }
        }
        d.checkpoint("after churn at size " + size);
        MapStats end = d.subject.stats().get();
        assertEquals(size, end.size(), ctx);
        assertTrue(
                end.sameSizeGrowths() > 0,
                () -> ctx + ": no same-size growth after " + maxPairs + " remove+insert pairs: " + end);
        assertFalse(end.growths() != start.growths(), ctx);
    }

    /** Fill, clear, reuse; also clear in the middle of a growth. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void clearThenReuse(Kind kind) {
        long seed = Seeds.of("clearThenReuse") + kind.ordinal();
        Random rnd = new Random(seed);
        KeyGen keys = new KeyGen(rnd, 1 << 16, 1, 1, 4, 4, 1, 3);
        Differential d = new Differential(kind.create(), seed, keys, rnd, Differential.growing());
        d.nullPercent = 10;
        for (int round = 0; round < 8; round++) {
            int target = 1 + rnd.nextInt(round % 2 == 0 ? 100 : 20_000);
            boolean midGrowth = round >= 4;
            while (d.mirror.size() < target
                    || (midGrowth && !d.subject.stats().get().growing())) {
                d.step();
                // clear() keeps the bucket count, so later rounds need more entries to grow.
                if (d.mirror.size() > 2_000_000) {
                    throw new AssertionError(d.where() + ": no growth seen in progress up to 2,000,000 entries: "
                            + d.subject.stats().get());
                }
            }
            d.checkpoint("round " + round + " before clear");
            MapStats before = d.subject.stats().get();
            d.step(Op.CLEAR);
            MapStats after = d.subject.stats().get();
            String ctx = d.where() + ", clear at " + before;
            d.checkpoint("round " + round + " just cleared");
            assertFalse(after.growing(), () -> ctx + ": still growing after clear(): " + after);
            assertEquals(0, after.size(), ctx);
            d.run(500);
            d.checkpoint("round " + round + " reused after clear");
        }
    }

    /** Null values everywhere: put, replace, remove(k, null), containsValue(null), getOrDefault. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void nullValues(Kind kind) {
        long base = Seeds.of("nullValues") + kind.ordinal();
        for (int run = 0; run < 40; run++) {
            long seed = base + run;
            Random rnd = new Random(seed);
            KeyGen keys = new KeyGen(rnd, 64, 2, 4, 4, 0, 1, 3);
            Differential d = new Differential(
                    kind.create(), seed, keys, rnd, Differential.with(Differential.allOps(), Op.CLEAR, 1));
            d.nullPercent = 50;
            for (int i = 0; i < 600; i++) {
                d.step();
                if (i % 25 == 0) {
                    d.checkpoint("every 25 ops");
                }
            }
            d.checkpoint("end of run " + run);
        }
    }

    /** Medium sizes with every form, including whole-map forms, at a low rate. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void mediumMapsEveryForm(Kind kind) {
        long seed = Seeds.of("mediumMapsEveryForm") + kind.ordinal();
        Random rnd = new Random(seed);
        KeyGen keys = new KeyGen(rnd, 20_000, 1, 1, 10, 3, 2, 6);
        int[] weights = Differential.growing();
        for (Op op : Op.values()) {
            if (op.wholeMap()) {
                weights[op.ordinal()] = 0;
            }
        }
        weights[Op.REMOVE.ordinal()] = 25;
        Differential d = new Differential(kind.create(), seed, keys, rnd, weights);
        d.nullPercent = 5;
        for (int i = 0; i < 150; i++) {
            d.run(1000);
            Op whole = Op.values()[
                    Op.CONTAINS_VALUE.ordinal() + rnd.nextInt(Op.values().length - Op.CONTAINS_VALUE.ordinal() - 1)];
            d.step(whole);
            if (i % 15 == 0) {
                d.checkpoint("every 15,000 ops");
            }
        }
        d.checkpoint("end");
    }
}
