package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.tests.Subject.Kind;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write that finds another write of the same map in progress (a function passed to
 * compute calling put, say) throws {@link ConcurrentModificationException}, and the map
 * stays consistent and usable: it holds either the state before the outer write or that
 * state plus the inner write, and then behaves like a HashMap again.
 */
class ConcurrentModificationTest {

    enum Misuse {
        COMPUTE_CALLS_PUT(s -> s.ops().compute(5, (k, v) -> {
            s.ops().put(1_000_001, "inner");
            return "outer";
        })),
        COMPUTE_CALLS_PUT_OF_SAME_KEY(s -> s.ops().compute(5, (k, v) -> {
            s.ops().put(5, "inner");
            return "outer";
        })),
        COMPUTE_IF_ABSENT_CALLS_PUT(s -> s.ops().computeIfAbsent(1_000_002, k -> {
            s.ops().put(1_000_001, "inner");
            return "outer";
        })),
        COMPUTE_IF_PRESENT_CALLS_REMOVE(s -> s.ops().computeIfPresent(5, (k, v) -> {
            s.ops().remove(6);
            return "outer";
        })),
        MERGE_CALLS_CLEAR(s -> s.ops().merge(5, "given", (a, b) -> {
            s.ops().clear();
            return "outer";
        })),
        COMPUTE_CALLS_COMPUTE(s -> s.ops().compute(5, (k, v) -> s.ops().compute(1_000_001, (k2, v2) -> "inner"))),
        FOR_EACH_CALLS_PUT(s -> s.ops().forEach((k, v) -> s.ops().put(1_000_001, "inner"))),
        FOR_EACH_KEY_CALLS_PUT(s -> s.ops().forEachKey(k -> s.ops().put(1_000_001, "inner"))),
        REMOVE_IF_CALLS_PUT(s -> s.ops().removeIf((k, v) -> {
            s.ops().put(1_000_001, "inner");
            return false;
        }));

        final Consumer<Subject> action;

        Misuse(Consumer<Subject> action) {
            this.action = action;
        }
    }

    @ParameterizedTest
    @EnumSource(Misuse.class)
    void writeDuringWriteThrows(Misuse misuse) {
        for (Kind kind : Kind.values()) {
            for (int size : new int[] {10, 300}) {
                check(kind, misuse, size, false);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Misuse.class)
    void writeDuringWriteThrowsWhileGrowing(Misuse misuse) {
        check(Kind.JUF, misuse, 0, true);
    }

    private void check(Kind kind, Misuse misuse, int size, boolean growing) {
        long seed = Seeds.of("writeDuringWrite") + misuse.ordinal() * 7L + size + (growing ? 1 : 0);
        Random rnd = new Random(seed);
        Subject s = kind.create();
        Map<Long, String> mirror = new HashMap<>();
        String ctx = kind + ", " + misuse + ", size " + size + (growing ? " (growing)" : "") + ", seed=" + seed;
        if (growing) {
            Growing.startDoubling(s, mirror, rnd, 8, ctx);
        } else {
            for (long k = 0; k < size; k++) {
                mirror.put(k, "v" + k);
                s.ops().put(k, "v" + k);
            }
        }
        for (long k : new long[] {5, 6}) {
            mirror.put(k, "v" + k);
            s.ops().put(k, "v" + k);
        }
        Map<Long, String> before = new HashMap<>(mirror);
        assertThrows(ConcurrentModificationException.class, () -> misuse.action.accept(s), ctx);
        Map<Long, String> found = Contents.viaCursor(s, ctx);
        Map<Long, String> withInner = new HashMap<>(before);
        switch (misuse) {
            case COMPUTE_IF_PRESENT_CALLS_REMOVE:
                withInner.remove(6L);
                break;
            case MERGE_CALLS_CLEAR:
                withInner.clear();
                break;
            case COMPUTE_CALLS_PUT_OF_SAME_KEY:
                withInner.put(5L, "inner");
                break;
            default:
                withInner.put(1_000_001L, "inner");
                break;
        }
        assertTrue(
                found.equals(before) || found.equals(withInner),
                () -> ctx + ": after the exception the map holds neither the state before nor that plus the"
                        + " inner write; " + describeDifference(before, found));
        mirror.clear();
        mirror.putAll(found);
        Contents.assertSame(s, mirror, ctx + ", after the exception");
        // Writes work again, the flag is not stuck, and growth (if any) completes.
        Differential d = new Differential(s, seed, new KeyGen(rnd, 2000, 1, 2, 6, 2, 1, 2), rnd, Differential.allOps());
        d.mirror.putAll(mirror);
        d.run(4000);
        d.checkpoint("4000 operations after the exception");
    }

    private static String describeDifference(Map<Long, String> before, Map<Long, String> found) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Long, String> e : found.entrySet()) {
            if (!before.containsKey(e.getKey()) || !java.util.Objects.equals(before.get(e.getKey()), e.getValue())) {
                b.append("has ")
                        .append(e.getKey())
                        .append('=')
                        .append(e.getValue())
                        .append("; ");
            }
        }
        for (Long k : before.keySet()) {
            if (!found.containsKey(k)) {
                b.append("lost ").append(k).append("; ");
            }
        }
        return b.toString();
    }
}
