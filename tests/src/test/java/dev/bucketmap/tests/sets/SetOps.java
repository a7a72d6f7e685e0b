package dev.bucketmap.tests.sets;

import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One generated set of any element kind behind boxed operations, so that one differential test
 * drives them all: a field per form, and {@link #of} makes each kind's.
 *
 * @param set the generated set itself, for equals, hashCode, toString and serialization
 * @param cursor walks a cursor, removing through it the elements the predicate accepts; returns
 *     the elements it visited
 */
record SetOps<E>(
        Object set,
        Predicate<E> add,
        Predicate<E> contains,
        Predicate<E> remove,
        IntSupplier size,
        BooleanSupplier isEmpty,
        Runnable clear,
        Consumer<Consumer<E>> forEach,
        Predicate<Predicate<E>> removeIf,
        Supplier<List<E>> elements,
        Function<Predicate<E>, List<E>> cursor,
        Supplier<MapStats> stats,
        Runnable checkInvariants) {

    /** The element kinds. */
    enum Kind {
        BYTES,
        SHORTS,
        CHARS,
        INTS,
        LONGS,
        FLOATS,
        DOUBLES,
        STRINGS,
        POINTS
    }

    /** A fresh set of {@code kind}, reproducible with {@code seed}. */
    @SuppressWarnings("unchecked")
    static <E> SetOps<E> of(Kind kind, long seed) {
        return (SetOps<E>)
                switch (kind) {
                    case BYTES -> bytes(BucketSet_SetKinds_Bytes.withSeed(seed));
                    case SHORTS -> shorts(BucketSet_SetKinds_Shorts.withSeed(seed));
                    case CHARS -> chars(BucketSet_SetKinds_Chars.withSeed(seed));
                    case INTS -> ints(BucketSet_SetKinds_Ints.withSeed(seed));
                    case LONGS -> longs(BucketSet_SetKinds_Longs.withSeed(seed));
                    case FLOATS -> floats(BucketSet_SetKinds_Floats.withSeed(seed));
                    case DOUBLES -> doubles(BucketSet_SetKinds_Doubles.withSeed(seed));
                    case STRINGS -> strings(BucketSet_SetKinds_Strings.withSeed(seed));
                    case POINTS -> points(BucketSet_SetKinds_Points.withSeed(seed));
                };
    }

    /** The elements as forEach visits them. */
    List<E> visited() {
        List<E> seen = new ArrayList<>();
        forEach.accept(seen::add);
        return seen;
    }

    private static SetOps<Byte> bytes(BucketSet_SetKinds_Bytes s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<Byte> all = new ArrayList<>();
                    for (byte e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Byte> seen = new ArrayList<>();
                    SetKinds.Bytes.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Short> shorts(BucketSet_SetKinds_Shorts s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<Short> all = new ArrayList<>();
                    for (short e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Short> seen = new ArrayList<>();
                    SetKinds.Shorts.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Character> chars(BucketSet_SetKinds_Chars s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<Character> all = new ArrayList<>();
                    for (char e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Character> seen = new ArrayList<>();
                    SetKinds.Chars.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Integer> ints(BucketSet_SetKinds_Ints s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                action -> s.forEach(action::accept),
                filter -> s.removeIf(filter::test),
                () -> {
                    List<Integer> all = new ArrayList<>();
                    for (int e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Integer> seen = new ArrayList<>();
                    SetKinds.Ints.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Long> longs(BucketSet_SetKinds_Longs s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                action -> s.forEach(action::accept),
                filter -> s.removeIf(filter::test),
                () -> {
                    List<Long> all = new ArrayList<>();
                    for (long e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Long> seen = new ArrayList<>();
                    SetKinds.Longs.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Float> floats(BucketSet_SetKinds_Floats s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<Float> all = new ArrayList<>();
                    for (float e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Float> seen = new ArrayList<>();
                    SetKinds.Floats.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Double> doubles(BucketSet_SetKinds_Doubles s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                action -> s.forEach(action::accept),
                filter -> s.removeIf(filter::test),
                () -> {
                    List<Double> all = new ArrayList<>();
                    for (double e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Double> seen = new ArrayList<>();
                    SetKinds.Doubles.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<String> strings(BucketSet_SetKinds_Strings s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<String> all = new ArrayList<>();
                    for (String e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<String> seen = new ArrayList<>();
                    SetKinds.Strings.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }

    private static SetOps<Point> points(BucketSet_SetKinds_Points s) {
        return new SetOps<>(
                s,
                s::add,
                s::contains,
                s::remove,
                s::size,
                s::isEmpty,
                s::clear,
                s::forEach,
                s::removeIf,
                () -> {
                    List<Point> all = new ArrayList<>();
                    for (Point e : s.elements()) {
                        all.add(e);
                    }
                    return all;
                },
                remove -> {
                    List<Point> seen = new ArrayList<>();
                    SetKinds.Points.Cursor c = s.cursor();
                    while (c.next()) {
                        seen.add(c.element());
                        if (remove.test(c.element())) {
                            c.remove();
                        }
                    }
                    return seen;
                },
                s::stats,
                s::checkInvariants);
    }
}
