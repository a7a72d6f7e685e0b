package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A function passed to a write that writes to the same map throws ConcurrentModificationException
 * and the map is exactly as before; a traversal whose body changes the map outside the traversal
 * throws at its next step, with the map consistent.
 */
class ReentrantModificationTest {

    private static BucketMap_IntIntMap filled(Map<Integer, Integer> mirror) {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        for (int i = 0; i < 200; i++) {
            map.put(i, i * 10);
            mirror.put(i, i * 10);
        }
        return map;
    }

    private static Map<Integer, Integer> contents(BucketMap_IntIntMap map) {
        Map<Integer, Integer> seen = new HashMap<>();
        map.forEach(seen::put);
        return seen;
    }

    static Stream<Named<Consumer<BucketMap_IntIntMap>>> reentrantWrites() {
        return Stream.of(
                Named.of("compute putting", m -> m.compute(5, (k, v) -> m.put(1000, 1))),
                Named.of("compute removing", m -> m.compute(5, (k, v) -> m.remove(6))),
                Named.of("computeIfAbsent putting", m -> m.computeIfAbsent(999, k -> m.put(1000, 1))),
                Named.of(
                        "computeIfPresent clearing",
                        m -> m.computeIfPresent(5, (k, v) -> {
                            m.clear();
                            return 0;
                        })),
                Named.of("merge adding", m -> m.merge(5, 1, (a, b) -> m.addValue(7, 1))));
    }

    @ParameterizedTest
    @MethodSource("reentrantWrites")
    void aFunctionWritingToItsOwnMapThrowsAndChangesNothing(Consumer<BucketMap_IntIntMap> call) {
        Map<Integer, Integer> mirror = new HashMap<>();
        BucketMap_IntIntMap map = filled(mirror);
        assertThrows(ConcurrentModificationException.class, () -> call.accept(map));
        assertEquals(mirror, contents(map));
        map.checkInvariants();
        assertEquals(0, map.put(5000, 1), "writes work again");
    }

    @Test
    void forEachWhoseBodyPutsThrowsAtTheNextStep() {
        Map<Integer, Integer> mirror = new HashMap<>();
        BucketMap_IntIntMap map = filled(mirror);
        assertThrows(ConcurrentModificationException.class, () -> map.forEach((k, v) -> map.put(-1 - k, v)));
        map.checkInvariants();
        Map<Integer, Integer> now = contents(map);
        assertEquals(201, now.size(), "the body's one put happened, then the walk stopped");
        now.keySet().removeIf(k -> k < 0);
        assertEquals(mirror, now);
    }

    @Test
    void removeIfWhoseFilterRemovesThrows() {
        Map<Integer, Integer> mirror = new HashMap<>();
        BucketMap_IntIntMap map = filled(mirror);
        assertThrows(ConcurrentModificationException.class, () -> map.removeIf((k, v) -> map.remove(k) < 0));
        map.checkInvariants();
        assertEquals(199, map.size());
    }

    @Test
    void aCursorWhoseBodyWritesOutsideItThrowsButItsOwnEditsAreFine() {
        Map<Integer, Integer> mirror = new HashMap<>();
        BucketMap_IntIntMap map = filled(mirror);
        IntIntMap.Cursor c = map.cursor();
        while (c.next()) {
            if (c.key() % 2 == 0) {
                mirror.remove(c.key());
                c.remove();
            } else {
                mirror.put(c.key(), -c.value());
                c.setValue(-c.value());
            }
        }
        map.checkInvariants();
        assertEquals(mirror, contents(map));
        IntIntMap.Cursor outside = map.cursor();
        outside.next();
        map.put(123_456, 1);
        assertThrows(ConcurrentModificationException.class, outside::next);
        assertThrows(ConcurrentModificationException.class, outside::key);
        map.checkInvariants();
    }
}
