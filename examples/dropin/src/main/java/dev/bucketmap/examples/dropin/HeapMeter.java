package dev.bucketmap.examples.dropin;

import dev.bucketmap.examples.dropin.ClassHistogram.Count;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.management.JMException;

/**
 * Measures the heap an object graph keeps alive, with the JDK's own means: the class histogram
 * of live objects ({@link ClassHistogram}) before and after building it. The difference, class
 * by class, is what the new objects take: exact object sizes, whatever the garbage collector's
 * region sizes. The histogram taken before is itself a map of a thousand classes, alive while
 * the second one is taken; what it takes is measured the same way without building anything,
 * and subtracted.
 */
final class HeapMeter {

    /** Classes whose bytes changed by less than this are other activity in the JVM, not the table. */
    private static final long NOISE_BYTES = 64 * 1024;

    private static final Count NONE = new Count(0, 0);

    /** One class's share of what was built. */
    record Share(String className, long instances, long bytes) {}

    /** What was built, and the live bytes it added, in all and by class (largest first). */
    record Retained<T>(T object, long bytes, List<Share> shares) {}

    private HeapMeter() {}

    /** Builds an object graph and measures the heap it keeps alive. */
    static <T> Retained<T> retainedBy(Supplier<T> build) throws JMException {
        Map<String, Count> first = ClassHistogram.take();
        Map<String, Count> ownCost = added(first, ClassHistogram.take());
        first = null;

        Map<String, Count> before = ClassHistogram.take();
        T built = build.get();
        Map<String, Count> after = ClassHistogram.take();
        Reference.reachabilityFence(built);

        Set<String> classes = new HashSet<>(before.keySet());
        classes.addAll(after.keySet());
        List<Share> shares = new ArrayList<>();
        long total = 0;
        for (String name : classes) {
            Count was = before.getOrDefault(name, NONE);
            Count is = after.getOrDefault(name, NONE);
            Count own = ownCost.getOrDefault(name, NONE);
            long bytes = is.bytes() - was.bytes() - own.bytes();
            if (Math.abs(bytes) >= NOISE_BYTES) {
                long instances = is.instances() - was.instances() - own.instances();
                shares.add(new Share(ClassHistogram.readable(name), instances, bytes));
                total += bytes;
            }
        }
        shares.sort(Comparator.comparingLong(Share::bytes).reversed());
        return new Retained<>(built, total, shares);
    }

    private static Map<String, Count> added(Map<String, Count> before, Map<String, Count> after) {
        Map<String, Count> added = new HashMap<>();
        after.forEach((name, count) -> {
            Count was = before.getOrDefault(name, NONE);
            added.put(name, new Count(count.instances() - was.instances(), count.bytes() - was.bytes()));
        });
        return added;
    }
}
