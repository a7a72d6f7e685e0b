package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User code that throws (a key's hashCode/equals, a value's equals, a function passed to a write):
 * the exception reaches the caller, the map holds exactly what it held before, its structure is
 * intact, and it keeps working (the writing flag was released). Run on a quiet map and on one
 * that is in the middle of growing.
 */
class ThrowingUserCodeTest {
    private static final Touchy ABSENT = new Touchy(100_000);

    @AfterEach
    void calmDown() {
        Touchy.hashCodeThrows = false;
        Touchy.equalsThrows = false;
        Fragile.equalsThrows = false;
    }

    static Stream<Named<Consumer<TouchyMap>>> throwingCalls() {
        Touchy present = new Touchy(3);
        Fragile v = new Fragile("new");
        return Stream.of(
                call("hashCode in get", m -> withHashCodeThrowing(() -> m.get(present))),
                call("hashCode in put", m -> withHashCodeThrowing(() -> m.put(ABSENT, v))),
                call("hashCode in remove", m -> withHashCodeThrowing(() -> m.remove(present))),
                call("hashCode in compute", m -> withHashCodeThrowing(() -> m.compute(ABSENT, (k, o) -> v))),
                call("hashCode in merge", m -> withHashCodeThrowing(() -> m.merge(present, v, (a, b) -> b))),
                call("equals in get", m -> withEqualsThrowing(() -> m.get(present))),
                call("equals in put of a present key", m -> withEqualsThrowing(() -> m.put(present, v))),
                call("equals in putIfAbsent", m -> withEqualsThrowing(() -> m.putIfAbsent(present, v))),
                call("equals in remove", m -> withEqualsThrowing(() -> m.remove(present))),
                call("equals in replace", m -> withEqualsThrowing(() -> m.replace(present, v))),
                call(
                        "equals in computeIfPresent",
                        m -> withEqualsThrowing(() -> m.computeIfPresent(present, (k, o) -> v))),
                call("value equals in containsValue", m -> withValueEqualsThrowing(() -> m.containsValue(v))),
                call("value equals in remove(k, v)", m -> withValueEqualsThrowing(() -> m.remove(present, v))),
                call("value equals in replace(k, o, n)", m -> withValueEqualsThrowing(() -> m.replace(present, v, v))),
                call(
                        "function in compute of a present key",
                        m -> m.compute(present, (k, o) -> {
                            throw new Boom("fn");
                        })),
                call(
                        "function in compute of an absent key",
                        m -> m.compute(ABSENT, (k, o) -> {
                            throw new Boom("fn");
                        })),
                call(
                        "function in computeIfAbsent",
                        m -> m.computeIfAbsent(ABSENT, k -> {
                            throw new Boom("fn");
                        })),
                call(
                        "function in computeIfPresent",
                        m -> m.computeIfPresent(present, (k, o) -> {
                            throw new Boom("fn");
                        })),
                call(
                        "function in merge",
                        m -> m.merge(present, v, (a, b) -> {
                            throw new Boom("fn");
                        })),
                call(
                        "action in forEach",
                        m -> m.forEach((k, o) -> {
                            if (k.id == 50) {
                                throw new Boom("action");
                            }
                        })));
    }

    private static Named<Consumer<TouchyMap>> call(String name, Consumer<TouchyMap> c) {
        return Named.of(name, c);
    }

    private static void withHashCodeThrowing(Runnable r) {
        Touchy.hashCodeThrows = true;
        try {
            r.run();
        } finally {
            Touchy.hashCodeThrows = false;
        }
    }

    private static void withEqualsThrowing(Runnable r) {
        Touchy.equalsThrows = true;
        try {
            r.run();
        } finally {
            Touchy.equalsThrows = false;
        }
    }

    private static void withValueEqualsThrowing(Runnable r) {
        Fragile.equalsThrows = true;
        try {
            r.run();
        } finally {
            Fragile.equalsThrows = false;
        }
    }

    private static Map<Touchy, Fragile> fill(BucketMap_TouchyMap map, int n) {
        Map<Touchy, Fragile> mirror = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Touchy k = new Touchy(i);
            Fragile v = new Fragile("v" + i);
            map.put(k, v);
            mirror.put(k, v);
        }
        return mirror;
    }

    /** Exactly the mirror's entries, a sound structure, and writes still accepted. */
    private static void assertIntact(BucketMap_TouchyMap map, Map<Touchy, Fragile> mirror) {
        assertEquals(mirror.size(), map.size());
        Map<Touchy, Fragile> seen = new HashMap<>();
        map.forEach(seen::put);
        assertEquals(mirror, seen);
        map.checkInvariants();
        Touchy probe = new Touchy(200_000);
        assertNull(map.put(probe, new Fragile("probe")), "the map must accept writes again");
        assertEquals("probe", map.remove(probe).name);
    }

    @ParameterizedTest
    @MethodSource("throwingCalls")
    void aQuietMapIsUnchanged(Consumer<TouchyMap> call) {
        BucketMap_TouchyMap map = new BucketMap_TouchyMap();
        Map<Touchy, Fragile> mirror = fill(map, 100);
        assertThrows(Boom.class, () -> call.accept(map));
        assertIntact(map, mirror);
    }

    @ParameterizedTest
    @MethodSource("throwingCalls")
    void aGrowingMapIsUnchanged(Consumer<TouchyMap> call) {
        BucketMap_TouchyMap map = new BucketMap_TouchyMap();
        Map<Touchy, Fragile> mirror = new HashMap<>();
        for (int i = 0; !map.stats().growing() || i < 100; i++) {
            Touchy k = new Touchy(i);
            map.put(k, new Fragile("v" + i));
            mirror.put(k, new Fragile("v" + i));
        }
        assertTrue(map.stats().growing());
        assertThrows(Boom.class, () -> call.accept(map));
        map.checkInvariants();
        assertIntact(map, mirror);
    }

    @Test
    void aThrowingRemoveIfKeepsWhatItRemovedAndNothingElse() {
        BucketMap_TouchyMap map = new BucketMap_TouchyMap();
        Map<Touchy, Fragile> mirror = fill(map, 100);
        int[] calls = {0};
        assertThrows(
                Boom.class,
                () -> map.removeIf((k, v) -> {
                    if (++calls[0] == 40) {
                        throw new Boom("filter");
                    }
                    return k.id % 2 == 0;
                }));
        Map<Touchy, Fragile> left = new HashMap<>();
        map.forEach(left::put);
        for (Map.Entry<Touchy, Fragile> e : mirror.entrySet()) {
            if (!left.containsKey(e.getKey())) {
                assertEquals(0, e.getKey().id % 2, "only entries the filter accepted are gone: " + e);
            }
        }
        assertTrue(map.size() > 50 && map.size() < 100, "some but not all even keys removed: " + map.size());
        map.checkInvariants();
        assertIntact(map, left);
    }
}
