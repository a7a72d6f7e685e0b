package dev.bucketmap.tests.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Writes racing other writes on one generated set, as {@link RacingWritesTest} does for maps:
 * whatever the interleaving, a racing thread sees only ConcurrentModificationException, no thread
 * hangs, and afterwards the set is consistent: its invariants hold, each element is iterated once,
 * size() counts them and contains() finds each.
 */
class RacingSetWritesTest {
    private static final String LONG = "x".repeat(1000);

    @Test
    void clearRacingAddsOfLongStrings() throws InterruptedException {
        Race.<BucketSet_RacingSets_Strings>run(
                "clear vs add of long String elements",
                BucketSet_RacingSets_Strings::new,
                RacingSetWritesTest::check,
                (s, rnd, n) -> s.clear(),
                (s, rnd, n) -> s.add(LONG + (n % 64)),
                (s, rnd, n) -> s.remove(LONG + ((n + 7) % 64)),
                (s, rnd, n) -> s.add(LONG + rnd.nextInt(64)));
    }

    @Test
    void growingAddsRacingRemovesAndCursorRemovals() throws InterruptedException {
        Race.<BucketSet_RacingSets_Ints>run(
                "growing adds vs removes vs a removing cursor",
                BucketSet_RacingSets_Ints::new,
                RacingSetWritesTest::check,
                (s, rnd, n) -> s.add((int) n),
                (s, rnd, n) -> s.remove(rnd.nextInt((int) Math.min(n + 1, 1 << 20))),
                (s, rnd, n) -> {
                    BucketSet_RacingSets_Ints.Cursor c = s.cursor();
                    IntPredicate drop = e -> (e & 31) == (n & 31);
                    while (c.next()) {
                        if (drop.test(c.element())) {
                            c.remove();
                        }
                    }
                });
    }

    private static List<String> check(BucketSet_RacingSets_Strings s) {
        List<String> wrong = invariants(s::checkInvariants);
        List<String> all = new ArrayList<>();
        for (String e : s.elements()) {
            all.add(e);
        }
        return consistent(wrong, all, s.size(), e -> s.contains((String) e));
    }

    private static List<String> check(BucketSet_RacingSets_Ints s) {
        List<String> wrong = invariants(s::checkInvariants);
        List<Object> all = new ArrayList<>();
        for (int e : s.elements()) {
            all.add(e);
        }
        return consistent(wrong, all, s.size(), e -> s.contains((Integer) e));
    }

    private static List<String> invariants(Runnable check) {
        List<String> wrong = new ArrayList<>();
        try {
            check.run();
        } catch (IllegalStateException e) {
            wrong.add("checkInvariants: " + e.getMessage());
        }
        return wrong;
    }

    private static List<String> consistent(
            List<String> wrong, List<?> iterated, int size, java.util.function.Predicate<Object> contains) {
        Set<Object> distinct = new HashSet<>(iterated);
        if (distinct.size() != iterated.size()) {
            wrong.add((iterated.size() - distinct.size()) + " elements iterated twice");
        }
        if (size != distinct.size()) {
            wrong.add("size() " + size + " but " + distinct.size() + " distinct elements iterated");
        }
        for (Object e : distinct) {
            if (!contains.test(e)) {
                wrong.add(
                        "an iterated element is not found: " + String.valueOf(e).length() + " chars");
                break;
            }
        }
        return wrong;
    }
}
