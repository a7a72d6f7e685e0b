package dev.bucketmap.tests.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated sets of every element kind against {@link HashSet}: seeded random sequences of every
 * form, return values compared op by op, the contents compared through forEach, elements() and a
 * cursor (each must visit every element once) and {@code checkInvariants()} at checkpoints, from
 * small sets with many repeats to sets that double many times and churn into same-size growths.
 */
class SetDifferentialTest {
    private static final long BASE = 0x62756b7365747321L;

    /** Small pools, every form, clear now and then. */
    @ParameterizedTest
    @EnumSource(SetOps.Kind.class)
    void smallSetsEveryForm(SetOps.Kind kind) {
        for (int run = 0; run < 40; run++) {
            long seed = BASE + kind.ordinal() * 1000L + run;
            Random rnd = new Random(seed);
            Run r = new Run(kind, seed, new Elements(kind, rnd, 1 + rnd.nextInt(300)), rnd);
            for (int i = 0; i < 1500; i++) {
                r.step();
                if (i % 100 == 0) {
                    r.checkpoint();
                }
            }
            r.checkpoint();
        }
    }

    /** From empty to many elements (as many as the kind has, for byte): doublings, compared as they start. */
    @ParameterizedTest
    @EnumSource(SetOps.Kind.class)
    void growthThroughDoublings(SetOps.Kind kind) {
        long seed = BASE + 7 * kind.ordinal();
        Random rnd = new Random(seed);
        Run r = new Run(kind, seed, new Elements(kind, rnd, 1 << 20), rnd);
        boolean wasGrowing = false;
        for (int i = 0; i < 60_000; i++) {
            r.grow();
            MapStats st = r.set.stats().get();
            if (st.growing() && !wasGrowing) {
                r.checkpoint();
            }
            wasGrowing = st.growing();
        }
        r.checkpoint();
        assertTrue(
                r.set.stats().get().growths() >= (kind == SetOps.Kind.BYTES ? 3 : 10),
                r.set.stats().get()::toString);
    }

    /**
     * Removes a random element and adds a fresh one, at a steady size near the load factor: overflow
     * buckets pile up until same-size growths repack them, with no doubling.
     */
    @ParameterizedTest
    @EnumSource(
            value = SetOps.Kind.class,
            names = {"CHARS", "INTS", "LONGS", "DOUBLES", "STRINGS", "POINTS"})
    void churnIntoSameSizeGrowth(SetOps.Kind kind) {
        long seed = BASE + 31 * kind.ordinal();
        Random rnd = new Random(seed);
        Run r = new Run(kind, seed, new Elements(kind, rnd, 1 << 22), rnd);
        List<Object> live = new ArrayList<>();
        while (live.size() < 200) {
            Object e = r.elements.next();
            if (r.mirror.add(e)) {
                assertTrue(r.set.add().test(e), "add " + e);
                live.add(e);
            }
        }
        MapStats start = r.set.stats().get();
        boolean checkedWhileGrowing = false;
        for (int pair = 0; pair < 20_000 && r.set.stats().get().sameSizeGrowths() < 2; pair++) {
            int i = rnd.nextInt(live.size());
            assertTrue(r.set.remove().test(live.get(i)), "remove " + live.get(i));
            r.mirror.remove(live.get(i));
            Object fresh;
            do {
                fresh = r.elements.next();
            } while (r.mirror.contains(fresh));
            assertTrue(r.set.add().test(fresh), "add " + fresh);
            r.mirror.add(fresh);
            live.set(i, fresh);
            MapStats st = r.set.stats().get();
            assertEquals(start.log2Buckets(), st.log2Buckets(), "a doubling at a steady size");
            if (!checkedWhileGrowing && st.growing()) {
                checkedWhileGrowing = true;
                r.checkpoint();
            }
        }
        r.checkpoint();
        assertTrue(r.set.stats().get().sameSizeGrowths() >= 1, r.set.stats().get()::toString);
    }

    /** One sequence of operations on a set and its mirror. */
    private static final class Run {
        final SetOps<Object> set;
        final Set<Object> mirror = new HashSet<>();
        final Elements elements;
        final Random rnd;
        final long seed;
        Object last;
        int steps;

        Run(SetOps.Kind kind, long seed, Elements elements, Random rnd) {
            this.set = SetOps.of(kind, seed);
            this.elements = elements;
            this.rnd = rnd;
            this.seed = seed;
        }

        /** A step of a growing set: adds, lookups and removes, two adds to a remove. */
        void grow() {
            steps++;
            Object e = elements.next();
            int op = rnd.nextInt(10);
            if (op < 6) {
                assertEquals(mirror.add(e), set.add().test(e), "seed " + seed + ": add " + e);
            } else if (op < 7) {
                assertEquals(mirror.contains(e), set.contains().test(e), "seed " + seed + ": contains " + e);
            } else {
                Object known = rnd.nextBoolean() || last == null ? e : last;
                assertEquals(mirror.remove(known), set.remove().test(known), "seed " + seed + ": remove " + known);
            }
            last = e;
        }

        void step() {
            steps++;
            Object e = elements.next();
            last = e;
            int draw = rnd.nextInt(1000);
            int op = draw / 10;
            String what = "seed " + seed + " step " + steps + ": ";
            if (op < 45) {
                assertEquals(mirror.add(e), set.add().test(e), what + "add " + e);
            } else if (op < 70) {
                assertEquals(mirror.contains(e), set.contains().test(e), what + "contains " + e);
            } else if (op < 95) {
                assertEquals(mirror.remove(e), set.remove().test(e), what + "remove " + e);
            } else if (op < 98) {
                assertEquals(mirror.size(), set.size().getAsInt(), what + "size");
                assertEquals(mirror.isEmpty(), set.isEmpty().getAsBoolean(), what + "isEmpty");
            } else if (op < 99) {
                Predicate<Object> filter = x -> (Objects.hashCode(x) & 7) == (steps & 7);
                assertEquals(mirror.removeIf(filter), set.removeIf().test(filter), what + "removeIf");
            } else if (draw < 998) {
                Predicate<Object> drop = x -> (Objects.hashCode(x) & 15) == (steps & 15);
                assertSameElements(set.cursor().apply(drop), what + "cursor before removing");
                mirror.removeIf(drop);
            } else {
                set.clear().run();
                mirror.clear();
            }
        }

        void checkpoint() {
            String what = "seed " + seed + " step " + steps + ": ";
            set.checkInvariants().run();
            assertEquals(mirror.size(), set.size().getAsInt(), what + "size");
            assertSameElements(set.elements().get(), what + "elements()");
            assertSameElements(set.visited(), what + "forEach");
            assertSameElements(set.cursor().apply(x -> false), what + "cursor");
            assertEquals(mirror.hashCode(), set.set().hashCode(), what + "hashCode");
            assertEquals(set.set(), set.set(), what + "equals itself");
            // Not a java.util.Set (no Set interop yet): equality with a HashSet is false both ways.
            assertNotEquals(set.set(), mirror, what + "equals a HashSet");
            assertNotEquals(mirror, set.set(), what + "a HashSet equals it");
        }

        private void assertSameElements(List<Object> visited, String what) {
            assertEquals(mirror.size(), visited.size(), what + ": how many were visited");
            assertEquals(mirror, new HashSet<>(visited), what + ": which");
        }
    }
}
