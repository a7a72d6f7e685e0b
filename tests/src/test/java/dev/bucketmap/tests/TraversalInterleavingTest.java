package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Subject.Kind;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writes through the map itself in the middle of a traversal. Overwriting an existing
 * key is not a structural change (as with HashMap's iterators) but, while the table is
 * growing, it evacuates old buckets under the traversal, which must still see every
 * entry once, with its latest value. Structural changes from outside fail the traversal.
 */
class TraversalInterleavingTest {

    @ParameterizedTest(name = "doubling from 2^{0} buckets")
    @ValueSource(ints = {2, 4, 6, 9, 12})
    void cursorWithOverwritesThroughTheMapWhileDoubling(int oldLog2) {
        for (Kind kind : Kind.values()) {
            long seed = Seeds.of("cursorWithOverwritesWhileDoubling") + 3L * oldLog2 + kind.ordinal();
            Random rnd = new Random(seed);
            Subject s = kind.create();
            Map<Long, String> mirror = new HashMap<>();
            String ctx = kind + ", seed=" + seed;
            MapStats st = Growing.startDoubling(s, mirror, rnd, oldLog2, ctx);
            walkWithOverwrites(s, mirror, rnd, ctx + ", growth " + st);
        }
    }

    @ParameterizedTest(name = "same-size growth of 2^{0} buckets")
    @ValueSource(ints = {3, 6})
    void cursorWithOverwritesThroughTheMapWhileGrowingToTheSameSize(int log2) {
        long seed = Seeds.of("cursorWithOverwritesSameSize") + log2;
        Random rnd = new Random(seed);
        Subject s = Kind.JUF.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = "seed=" + seed;
        MapStats st = Growing.startSameSizeGrowth(s, mirror, rnd, 13 << log2 >> 1, ctx);
        walkWithOverwrites(s, mirror, rnd, ctx + ", growth " + st);
    }

    /**
     * The cursor is inside a bucket of the old table (just started, at the start of a doubling)
     * when every key is overwritten through the map. Those writes evacuate the old chain it is
     * reading, so the rest of that chain must come from where the entries live now, with their
     * new values. A cursor that kept reading the old chain's slots would return stale values.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void cursorSeesNewValuesAfterOverwritesEvacuateTheChainItIsReading(Kind kind) {
        for (int trial = 0; trial < 20; trial++) {
            long seed = Seeds.of("cursorSeesNewValuesAfterOverwritesEvacuate") + 31L * trial + kind.ordinal();
            Random rnd = new Random(seed);
            Subject s = kind.create();
            Map<Long, String> mirror = new HashMap<>();
            String ctx = kind + ", seed=" + seed;
            MapStats st = Growing.startDoubling(s, mirror, rnd, 6, ctx);
            LongStringCursor c = s.ops().cursor();
            Map<Long, String> visited = new HashMap<>();
            while (c.next()) {
                visited.put(c.key(), c.value());
                if (visited.size() == 1) {
                    for (long k : Contents.sortedKeys(mirror)) {
                        String neu = "n" + (k & 1023);
                        mirror.put(k, neu);
                        s.ops().put(k, neu);
                    }
                } else {
                    assertEquals(mirror.get(c.key()), c.value(), () -> ctx + ", growth " + st + ": a stale value");
                }
            }
            assertEquals(mirror.keySet(), visited.keySet(), () -> ctx + ": keys the cursor visited");
        }
    }

    /**
     * Walks a cursor; at each entry overwrites, through the map, either this entry or a random
     * other one (already visited or not), sometimes with replace/compute/merge instead of put.
     */
    private static void walkWithOverwrites(Subject s, Map<Long, String> mirror, Random rnd, String ctx) {
        long[] keys = Contents.sortedKeys(mirror);
        Map<Long, String> visited = new HashMap<>();
        LongStringCursor c = s.ops().cursor();
        int step = 0;
        while (c.next()) {
            long k = c.key();
            String v = c.value();
            if (visited.containsKey(k)) {
                fail(ctx + ": the cursor visited " + k + " twice, at step " + step + ", now "
                        + s.stats().get());
            }
            if (!Objects.equals(mirror.get(k), v)) {
                fail(ctx + ": the cursor saw " + k + "=" + v + ", but its latest value is " + mirror.get(k));
            }
            visited.put(k, v);
            long target = rnd.nextBoolean() ? k : keys[rnd.nextInt(keys.length)];
            String neu = "o" + step;
            switch (rnd.nextInt(4)) {
                case 0:
                    assertEquals(mirror.put(target, neu), s.ops().put(target, neu), ctx);
                    break;
                case 1:
                    assertEquals(mirror.replace(target, neu), s.ops().replace(target, neu), ctx);
                    break;
                case 2:
                    assertEquals(
                            mirror.computeIfPresent(target, (kk, vv) -> neu),
                            s.ops().computeIfPresent(target, (kk, vv) -> neu),
                            ctx);
                    break;
                default:
                    assertEquals(mirror.merge(target, neu, (a, b) -> b), s.ops().merge(target, neu, (a, b) -> b), ctx);
                    break;
            }
            step++;
        }
        assertEquals(mirror.keySet(), visited.keySet(), () -> ctx + ": keys the cursor visited");
        Contents.assertSame(s, mirror, ctx + ", after the walk");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forEachWithOverwritesWhileDoubling(Kind kind) {
        long seed = Seeds.of("forEachWithOverwritesWhileDoubling") + kind.ordinal();
        Random rnd = new Random(seed);
        Subject s = kind.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = kind + ", seed=" + seed;
        Growing.startDoubling(s, mirror, rnd, 8, ctx);
        Map<Long, String> visited = new HashMap<>();
        s.ops().forEach((k, v) -> {
            if (visited.put(k, v) != null) {
                fail(ctx + ": forEach visited " + k + " twice");
            }
            s.ops().put(k, v + "'");
            mirror.put(k, v + "'");
        });
        assertEquals(mirror.size(), visited.size(), ctx);
        Contents.assertSame(s, mirror, ctx + ", after forEach overwrote every entry");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void structuralChangesFromOutsideFailTheCursor(Kind kind) {
        for (int change = 0; change < 4; change++) {
            Subject s = kind.create();
            for (long k = 0; k < 100; k++) {
                s.ops().put(k, "v");
            }
            LongStringCursor c = s.ops().cursor();
            c.next();
            c.next();
            switch (change) {
                case 0:
                    s.ops().put(1000, "new");
                    break;
                case 1:
                    s.ops().remove(c.key() == 50 ? 51 : 50);
                    break;
                case 2:
                    s.ops().clear();
                    break;
                default:
                    s.ops().computeIfAbsent(-1, k -> "new");
                    break;
            }
            int which = change;
            assertThrows(
                    ConcurrentModificationException.class,
                    c::next,
                    () -> kind + ": next() after structural change " + which);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cursorRemoveNeedsACurrentEntry(Kind kind) {
        Subject s = kind.create();
        s.ops().put(1, "a");
        s.ops().put(2, "b");
        LongStringCursor c = s.ops().cursor();
        assertThrows(IllegalStateException.class, c::remove, "remove() before next()");
        c.next();
        long first = c.key();
        c.remove();
        assertThrows(IllegalStateException.class, c::remove, "remove() twice");
        c.next();
        c.remove();
        assertEquals(0, s.ops().size());
        assertEquals(false, c.next());
        assertThrows(IllegalStateException.class, c::remove, "remove() after the end");
        assertEquals(false, s.ops().containsKey(first));
    }

    @Test
    void removeThroughTheMapDuringForEachFails() {
        Subject s = Kind.JUF.create();
        for (long k = 0; k < 100; k++) {
            s.ops().put(k, "v");
        }
        assertThrows(
                ConcurrentModificationException.class,
                () -> s.ops().forEach((k, v) -> s.ops().remove(k)),
                "like HashMap.forEach");
        Map<Long, String> left = Contents.viaCursor(s, "after the failed forEach");
        Contents.assertSame(s, left, "consistent after the failed forEach");
        assertEquals(true, left.size() < 100, "the removal that failed the traversal happened");
    }
}
