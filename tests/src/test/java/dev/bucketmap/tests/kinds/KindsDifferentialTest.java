package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.kinds.KindDifferential.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated combination against {@link java.util.HashMap}: seeded random sequences of
 * every form, return values compared op by op, full contents compared at checkpoints; growth
 * from empty (to 1,000,000 entries for int->int and String->int), same-size growth under churn,
 * clear, presizing.
 */
class KindsDifferentialTest {

    static Stream<Combo<?, ?>> combos() {
        return Combo.all().stream();
    }

    /** Combinations whose keys are plentiful enough for churn (all but the 24-constant enum). */
    static Stream<Combo<?, ?>> churnCombos() {
        return Combo.all().stream().filter(c -> c.holds(256));
    }

    static Stream<Combo<?, ?>> millionCombos() {
        return Stream.of(Combo.INT_INT, Combo.STRING_INT);
    }

    /** Many short runs over small key pools: lots of repeats, edge keys, every form, clear, nulls. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void smallMapsEveryForm(Combo<?, ?> combo) {
        smallMaps(combo);
    }

    private static <K, V> void smallMaps(Combo<K, V> combo) {
        long base = TestSeeds.of("smallMapsEveryForm " + combo.name);
        for (int run = 0; run < 40; run++) {
            long seed = base + run;
            Random rnd = new Random(seed);
            KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 1 + rnd.nextInt(200), 3, 4, 1, 3);
            KindDifferential<K, V> d =
                    new KindDifferential<>(combo, combo.create(), seed, rnd, keys, KindDifferential.allOps());
            d.nullPercent = run % 2 == 0 ? 0 : 20;
            int length = 150 + rnd.nextInt(700);
            for (int i = 0; i < length; i++) {
                d.step();
                if (i % 40 == 0) {
                    d.checkpoint("every 40 ops");
                }
            }
            d.checkpoint("end of run " + run);
        }
    }

    /**
     * From empty (no presize) to 20,000 entries, or three quarters of what the key kind holds:
     * compared whenever a growth starts or ends; then a mixed phase with whole-map forms.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void growthFromEmptyThenEveryForm(Combo<?, ?> combo) {
        growthThenMixed(combo);
    }

    private static <K, V> void growthThenMixed(Combo<K, V> combo) {
        long seed = TestSeeds.of("growthFromEmpty " + combo.name);
        Random rnd = new Random(seed);
        int target = (int) Math.min(20_000, combo.keys.capacity * 3L / 4);
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 50_000, 1, 2, 12, 2);
        KindDifferential<K, V> d =
                new KindDifferential<>(combo, combo.create(), seed, rnd, keys, KindDifferential.growing());
        d.nullPercent = 5;
        int flips = growTo(d, target, Integer.MAX_VALUE);
        d.checkpoint("grown to " + target);
        if (target >= 1000) {
            int seen = flips;
            assertTrue(
                    seen >= 6, () -> combo.name + ", seed=" + seed + ": saw only " + seen + " growth starts and ends");
        }
        int[] mixed = KindDifferential.growing();
        mixed[Op.REMOVE.ordinal()] = 30;
        for (Op op : Op.values()) {
            if (op.wholeMap()) {
                mixed[op.ordinal()] = 0;
            }
        }
        d.setWeights(mixed);
        Op[] whole = {
            Op.CONTAINS_VALUE,
            Op.FOR_EACH,
            Op.FOR_EACH_KEY,
            Op.FOR_EACH_VALUE,
            Op.REMOVE_IF,
            Op.KEYS,
            Op.VALUES,
            Op.CURSOR,
            Op.CURSOR_EDIT,
            Op.EQUALS_HASH,
            Op.TO_STRING
        };
        for (int i = 0; i < 30; i++) {
            d.run(500);
            Op op = whole[rnd.nextInt(whole.length)];
            if (op == Op.CURSOR_EDIT && !d.m.cursorCanEdit()) {
                op = Op.CURSOR;
            }
            d.step(op);
        }
        d.checkpoint("after the mixed phase");
    }

    /**
     * Steps until the mirror holds {@code target} entries, with a checkpoint each time
     * stats().growing() flips; full checkpoints only up to {@code fullUpTo} entries, beyond
     * that only the cheap ones. Returns the number of flips.
     */
    static <K, V> int growTo(KindDifferential<K, V> d, int target, int fullUpTo) {
        boolean wasGrowing = false;
        int flips = 0;
        while (d.mirror.size() < target) {
            d.step();
            // stats() counts evacuated buckets, O(old buckets) while growing: not after every step
            // of a large map (its growths span thousands of steps).
            int size = d.mirror.size();
            if (size > 8192 && (d.ops & (size > 65536 ? 63 : 15)) != 0) {
                continue;
            }
            MapStats st = d.stats();
            if (st.growing() != wasGrowing) {
                flips++;
                wasGrowing = st.growing();
                String label = (wasGrowing ? "a growth just started: " : "a growth just ended: ") + st;
                if (d.mirror.size() <= fullUpTo) {
                    d.checkpoint(label);
                } else {
                    d.lightCheckpoint(label);
                }
            }
        }
        return flips;
    }

    /** The one big phase: from empty to 1,000,000 entries, compared as each growth starts and ends. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("millionCombos")
    void oneMillionEntries(Combo<?, ?> combo) {
        million(combo);
    }

    private static <K, V> void million(Combo<K, V> combo) {
        long seed = TestSeeds.of("oneMillionEntries " + combo.name);
        Random rnd = new Random(seed);
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 1 << 20, 1, 4, 40, 2);
        KindOps<K, V> m = combo.create();
        int initialLog2 = m.stats().log2Buckets();
        int[] weights = KindDifferential.growing();
        KindDifferential<K, V> d = new KindDifferential<>(combo, m, seed, rnd, keys, weights);
        int flips = growTo(d, 1_000_000, 1 << 16);
        d.checkpoint("1,000,000 entries");
        MapStats st = m.stats();
        String ctx = combo.name + ", seed=" + seed;
        // 6.5 * 2^17 < 1,000,000 <= 6.5 * 2^18
        assertEquals(18, st.log2Buckets(), () -> ctx + ": " + st);
        assertEquals(18 - initialLog2, st.growths(), () -> ctx + ": growths from B=" + initialLog2 + ": " + st);
        // Growths of the smallest tables start and end within one insertion; the others are seen.
        assertTrue(flips >= 2 * (18 - initialLog2 - 4), () -> ctx + ": only " + flips + " growth flips seen: " + st);
    }

    /**
     * Constant size, removals and insertions of fresh keys in every form: overflow buckets pile
     * up until a same-size growth repacks them. The sizes fill the table to 6.5 per bucket.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("churnCombos")
    void churnAtConstantSizeCausesSameSizeGrowth(Combo<?, ?> combo) {
        churn(combo, 52);
        if (combo.holds(65536)) {
            churn(combo, 1_664);
        }
        if (combo == Combo.INT_INT || combo == Combo.STRING_STRING) {
            churn(combo, 13_312);
        }
    }

    private static <K, V> void churn(Combo<K, V> combo, int size) {
        long seed = TestSeeds.of("churn " + combo.name) + size;
        Random rnd = new Random(seed);
        KindDifferential<K, V> d = new KindDifferential<>(
                combo,
                combo.create(),
                seed,
                rnd,
                new KeyPool<>(combo.keys, rnd, 1, 0, 0, 1, 0),
                KindDifferential.growing());
        List<K> live = new ArrayList<>(size);
        while (live.size() < size) {
            K k = combo.keys.random(rnd);
            if (!d.mirror.containsKey(k)) {
                d.step(Op.PUT, k);
                live.add(k);
            }
        }
        d.checkpoint("filled to " + size);
        MapStats start = d.stats();
        String ctx = combo.name + ", size " + size + ", seed=" + seed;
        Op[] removals = combo.referenceValues()
                ? new Op[] {Op.REMOVE, Op.REMOVE_KV, Op.COMPUTE_IF_PRESENT, Op.COMPUTE, Op.MERGE}
                : new Op[] {Op.REMOVE, Op.REMOVE_KV};
        Op[] inserts = d.m.hasAddValue()
                ? new Op[] {Op.PUT, Op.PUT_IF_ABSENT, Op.COMPUTE_IF_ABSENT, Op.MERGE, Op.COMPUTE, Op.ADD_VALUE}
                : new Op[] {Op.PUT, Op.PUT_IF_ABSENT, Op.COMPUTE_IF_ABSENT, Op.MERGE, Op.COMPUTE};
        long maxPairs = Math.max(30L * size, 20_000);
        boolean checkedDuringSameSize = false;
        long sameSizeSeenAt = -1;
        for (long pair = 0; pair < maxPairs; pair++) {
            int i = rnd.nextInt(size);
            K old = live.get(i);
            d.step(removals[rnd.nextInt(removals.length)], old);
            if (d.mirror.containsKey(old)) {
                d.step(Op.REMOVE, old);
            }
            K fresh;
            do {
                fresh = combo.keys.random(rnd);
            } while (d.mirror.containsKey(fresh));
            d.step(inserts[rnd.nextInt(inserts.length)], fresh);
            if (!d.mirror.containsKey(fresh)) {
                d.step(Op.PUT, fresh);
            }
            live.set(i, fresh);
            MapStats st = d.stats();
            if (st.growths() != start.growths() || st.log2Buckets() != start.log2Buckets()) {
                throw new AssertionError(
                        ctx + ": a doubling at constant size after " + pair + " pairs: " + start + " -> " + st);
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
        MapStats end = d.stats();
        assertEquals(size, end.size(), ctx);
        assertTrue(
                end.sameSizeGrowths() > 0,
                () -> ctx + ": no same-size growth after " + maxPairs + " remove+insert pairs: " + end);
        assertTrue(checkedDuringSameSize, () -> ctx + ": never saw a same-size growth in progress: " + end);
    }

    /** Fill, clear, reuse; in later rounds clear in the middle of a growth. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void clearThenReuse(Combo<?, ?> combo) {
        clearRounds(combo);
    }

    private static <K, V> void clearRounds(Combo<K, V> combo) {
        long seed = TestSeeds.of("clearThenReuse " + combo.name);
        Random rnd = new Random(seed);
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 1 << 16, 1, 1, 8, 3);
        KindDifferential<K, V> d =
                new KindDifferential<>(combo, combo.create(), seed, rnd, keys, KindDifferential.growing());
        d.nullPercent = 10;
        int most = (int) Math.min(5_000, combo.keys.capacity * 3L / 4);
        boolean canGrowMidway = combo.holds(65536);
        for (int round = 0; round < 6; round++) {
            int target = 1 + rnd.nextInt(round % 2 == 0 ? Math.min(100, most) : most);
            boolean midGrowth = canGrowMidway && round >= 3;
            while (d.mirror.size() < target || (midGrowth && !d.stats().growing())) {
                d.step();
                if (d.mirror.size() > 200_000) {
                    throw new AssertionError(d.where() + ": no growth in progress up to 200,000 entries: " + d.stats());
                }
            }
            d.checkpoint("round " + round + " before clear");
            MapStats before = d.stats();
            d.step(Op.CLEAR);
            MapStats after = d.stats();
            String ctx = d.where() + ", cleared at " + before;
            d.checkpoint("round " + round + " just cleared");
            assertFalse(after.growing(), () -> ctx + ": still growing after clear(): " + after);
            assertEquals(0, after.size(), ctx);
            assertEquals(0, after.overflowBuckets(), () -> ctx + ": overflow buckets after clear(): " + after);
            d.setWeights(KindDifferential.allOps());
            d.run(300);
            d.checkpoint("round " + round + " reused after clear");
            d.setWeights(KindDifferential.growing());
        }
    }

    /** new X(n) takes n distinct keys without growing; a negative size is rejected. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void presizedMapsDoNotGrow(Combo<?, ?> combo) {
        presized(combo);
    }

    private static <K, V> void presized(Combo<K, V> combo) {
        long seed = TestSeeds.of("presized " + combo.name);
        Random rnd = new Random(seed);
        assertThrows(IllegalArgumentException.class, () -> combo.create(-1), combo.name + ": new map(-1)");
        for (int n : new int[] {0, 1, 8, 9, 13, 14, 100, 1000, 12_345}) {
            if (!combo.holds(n)) {
                continue;
            }
            KindOps<K, V> m = combo.create(n);
            java.util.Set<K> inserted = new java.util.HashSet<>();
            for (int i = 0; inserted.size() < n; i++) {
                K k = i % 3 == 0 ? combo.keys.of(i) : combo.keys.random(rnd);
                if (inserted.add(k)) {
                    m.put(k, combo.values.draw(rnd));
                }
            }
            MapStats st = m.stats();
            int size = n;
            assertEquals(n, st.size(), () -> combo.name + ", seed=" + seed + ": presized for " + size + ": " + st);
            assertEquals(
                    0,
                    st.growths(),
                    () -> combo.name + ", seed=" + seed + ": presized for " + size + " but grew: " + st);
            assertFalse(
                    st.growing(),
                    () -> combo.name + ", seed=" + seed + ": presized for " + size + " but growing: " + st);
        }
    }
}
