package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A function given to a write that writes to the same map is a write in progress: it throws
 * ConcurrentModificationException, and the map is left exactly as it was and keeps working.
 * Reading the map from such a function is allowed.
 */
class ReentrantWriteTest {

    static Stream<Combo<?, ?>> combos() {
        return Combo.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combos")
    void writesFromInsideAWriteAreRejectedAndLeaveTheMapIntact(Combo<?, ?> combo) {
        check(combo);
    }

    private static <K, V> void check(Combo<K, V> combo) {
        long seed = TestSeeds.of("reentrant " + combo.name);
        Random rnd = new Random(seed);
        String ctx = combo.name + ", seed=" + seed;
        KindOps<K, V> m = combo.create();
        Map<K, V> mirror = new HashMap<>();
        KeyPool<K> keys = new KeyPool<>(combo.keys, rnd, 64, 2, 4, 2, 0);
        while (mirror.size() < Math.min(20, combo.keys.capacity - 2)) {
            K k = keys.next();
            V v = combo.values.draw(rnd);
            m.put(k, v);
            mirror.put(k, v);
        }
        K present = mirror.keySet().iterator().next();
        K missing = keys.next();
        while (mirror.containsKey(missing)) {
            missing = keys.next();
        }
        K other = missing;
        V value = combo.values.of(5);

        assertThrows(
                ConcurrentModificationException.class,
                () -> m.computeIfAbsent(other, k -> m.put(present, value)),
                () -> ctx + ": put inside computeIfAbsent");
        assertThrows(
                ConcurrentModificationException.class,
                () -> m.computeIfPresent(present, (k, v) -> m.remove(present)),
                () -> ctx + ": remove inside computeIfPresent");
        assertThrows(
                ConcurrentModificationException.class,
                () -> m.compute(other, (k, v) -> {
                    m.clear();
                    return value;
                }),
                () -> ctx + ": clear inside compute");
        assertThrows(
                ConcurrentModificationException.class,
                () -> m.merge(present, value, (a, b) -> m.putIfAbsent(other, b)),
                () -> ctx + ": putIfAbsent inside merge");
        Contents.assertSame(combo, m, mirror, rnd, ctx + ", after the rejected writes");

        // Reads inside a write see the map as it is.
        V seen = m.compute(present, (k, v) -> {
            if (!Objects.equals(mirror.get(present), m.get(present)) || m.size() != mirror.size()) {
                fail(ctx + ": a read inside compute saw another map");
            }
            return value;
        });
        mirror.put(present, value);
        assertEquals(value, seen, ctx);
        m.put(other, value);
        mirror.put(other, value);
        Contents.assertSame(combo, m, mirror, rnd, ctx + ", after writes following the rejected ones");
    }
}
