package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing with shrinking: random operation sequences on three kinds of map, each
 * step's result compared with java.util.HashMap and every structural invariant checked after every
 * step ({@code checkInvariants()}). Bulk steps insert or remove runs of 100 keys, so sequences
 * cross growths (doubling, evacuation in progress) and same-size growths. A failure shrinks to a
 * short sequence. CI runs jqwik's short budget (junit-platform.properties); the stress profile
 * runs as many tries as asked: {@code mvn -B verify -Pstress -pl tests -am -Dstress.tries=N}.
 */
class InvariantFuzzTest {
    enum Kind {
        GET,
        PUT,
        PUT_IF_ABSENT,
        REMOVE,
        REMOVE_ENTRY,
        MERGE,
        ADD,
        COMPUTE,
        BULK_PUT,
        BULK_REMOVE,
        CLEAR
    }

    /** One step: what to do, with which key and value. */
    record Step(Kind kind, int key, int value) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.class).withoutEdgeCases();
        Arbitrary<Integer> keys = Arbitraries.oneOf(
                Arbitraries.integers().between(-40, 40),
                Arbitraries.integers().between(0, 2_000),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0));
        Arbitrary<Integer> values = Arbitraries.integers().between(-3, 3);
        Arbitrary<Step> step = Combinators.combine(kinds, keys, values)
                .as(Step::new)
                .filter(s -> s.kind() != Kind.CLEAR || s.value() == 0);
        return step.list().ofMinSize(1).ofMaxSize(200);
    }

    @Property
    void intIntMapsMatchHashMapAndStayWellFormed(@ForAll("steps") List<Step> steps) {
        BucketMap_IntIntMap map = new BucketMap_IntIntMap();
        Map<Integer, Integer> mirror = new HashMap<>();
        int n = 0;
        for (Step s : steps) {
            String at = "step " + n++ + " " + s;
            int k = s.key();
            int v = s.value();
            switch (s.kind()) {
                case GET -> assertEquals((int) mirror.getOrDefault(k, 0), map.get(k), at);
                case PUT -> assertEquals(orZero(mirror.put(k, v)), map.put(k, v), at);
                case PUT_IF_ABSENT -> assertEquals(mirror.containsKey(k), map.containsKey(k), at);
                case REMOVE, REMOVE_ENTRY -> assertEquals(orZero(mirror.remove(k)), map.remove(k), at);
                case MERGE -> assertEquals((int) mirror.merge(k, v, Integer::sum), map.merge(k, v, Integer::sum), at);
                case ADD -> assertEquals((int) mirror.merge(k, v, Integer::sum), map.addValue(k, v), at);
                case COMPUTE ->
                    assertEquals(
                            (int) mirror.compute(k, (key, old) -> (old == null ? 0 : old) * 2 + v),
                            map.compute(k, (key, old) -> old * 2 + v),
                            at);
                case BULK_PUT -> {
                    for (int i = 0; i < 100; i++) {
                        assertEquals(orZero(mirror.put(k + i, v)), map.put(k + i, v), at);
                    }
                }
                case BULK_REMOVE -> {
                    for (int i = 0; i < 100; i++) {
                        assertEquals(orZero(mirror.remove(k + i)), map.remove(k + i), at);
                    }
                }
                case CLEAR -> {
                    mirror.clear();
                    map.clear();
                }
            }
            map.checkInvariants();
            assertEquals(mirror.size(), map.size(), at);
        }
        Map<Integer, Integer> seen = new HashMap<>();
        map.forEach(seen::put);
        assertEquals(mirror, seen);
    }

    @Property
    void stringMapsWithNullsMatchHashMapAndStayWellFormed(@ForAll("steps") List<Step> steps) {
        BucketMap_StringStringMap map = new BucketMap_StringStringMap();
        Map<String, String> mirror = new HashMap<>();
        int n = 0;
        for (Step s : steps) {
            String at = "step " + n++ + " " + s;
            String k = s.key() == 0 ? null : "k" + s.key();
            String v = s.value() == 0 ? null : "v" + s.value();
            switch (s.kind()) {
                case GET -> assertEquals(mirror.get(k), map.get(k), at);
                case PUT -> assertEquals(mirror.put(k, v), map.put(k, v), at);
                case PUT_IF_ABSENT -> assertEquals(mirror.putIfAbsent(k, v), map.putIfAbsent(k, v), at);
                case REMOVE -> assertEquals(mirror.remove(k), map.remove(k), at);
                case REMOVE_ENTRY -> assertEquals(mirror.remove(k, v), map.remove(k, v), at);
                case MERGE, ADD, COMPUTE -> {
                    String value = Objects.requireNonNullElse(v, "m");
                    assertEquals(mirror.merge(k, value, String::concat), map.merge(k, value, String::concat), at);
                }
                case BULK_PUT -> {
                    for (int i = 0; i < 100; i++) {
                        assertEquals(mirror.put("b" + (s.key() + i), v), map.put("b" + (s.key() + i), v), at);
                    }
                }
                case BULK_REMOVE -> {
                    for (int i = 0; i < 100; i++) {
                        assertEquals(mirror.remove("b" + (s.key() + i)), map.remove("b" + (s.key() + i)), at);
                    }
                }
                case CLEAR -> {
                    mirror.clear();
                    map.clear();
                }
            }
            map.checkInvariants();
            assertEquals(mirror.size(), map.size(), at);
        }
    }

    @Property
    void longMapsMatchHashMapAndStayWellFormed(@ForAll("steps") List<Step> steps) {
        BucketMap_LongStringMap map = new BucketMap_LongStringMap();
        Map<Long, String> mirror = new HashMap<>();
        int n = 0;
        for (Step s : steps) {
            String at = "step " + n++ + " " + s;
            // Keys that differ only in their high bits stress the hash's upper half.
            long k = (long) s.key() << 40 | (s.key() & 0xFF);
            String v = "v" + s.value();
            switch (s.kind()) {
                case GET, PUT_IF_ABSENT, COMPUTE -> assertEquals(mirror.get(k), map.get(k), at);
                case PUT, MERGE, ADD -> assertEquals(mirror.put(k, v), map.put(k, v), at);
                case REMOVE, REMOVE_ENTRY -> assertEquals(mirror.remove(k), map.remove(k), at);
                case BULK_PUT -> {
                    for (long i = 0; i < 100; i++) {
                        assertEquals(mirror.put(k + i, v), map.put(k + i, v), at);
                    }
                }
                case BULK_REMOVE, CLEAR -> {
                    for (long i = 0; i < 100; i++) {
                        assertEquals(mirror.remove(k + i), map.remove(k + i), at);
                    }
                }
            }
            map.checkInvariants();
            assertEquals(mirror.size(), map.size(), at);
        }
    }

    private static int orZero(Integer boxed) {
        return boxed == null ? 0 : boxed;
    }
}
