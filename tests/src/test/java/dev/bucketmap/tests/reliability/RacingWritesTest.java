package dev.bucketmap.tests.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes racing other writes on one map with no synchronisation: many short trials ({@link Race}),
 * each checked single-threaded afterwards. Whatever the interleaving, a racing thread sees only
 * ConcurrentModificationException, no thread hangs, and after the race the map is consistent:
 * structural invariants hold, every iterated key is found with its iterated value, size() counts
 * the entries, and no value sits under a key it was not written for (each value names its key).
 *
 * <p>Every write takes the writing flag, also one that only sets a value (replaceAll,
 * Entry.setValue, a cursor's setValue), and a write that hashed its key before taking the flag
 * hashes it again if clear() or the removal that emptied the map drew a new seed meanwhile.
 */
class RacingWritesTest {
    /** Keys 0 to OWNED - 1 belong to the thread that traverses; the others to the writers. */
    private static final int OWNED = 16;
    /** The writers put and remove keys OWNED to OWNED + OTHERS - 1. */
    private static final int OTHERS = 48;
    /** Writers racing a removing traversal put and remove keys OWNED to OWNED + FEW - 1. */
    private static final int FEW = 16;
    /** The growing writer puts keys from GROWN on (below 2 * GROWN for int keys). */
    private static final int GROWN = 1_000_000;
    /** How many times a thread sets the values of the entries one iteration handed out. */
    private static final int ROUNDS = 50;

    private static final String LONG = "x".repeat(1000);

    // ---- seeds: hashed before the flag, rehashed after it if the seed changed ----

    @Test
    void clearRacingPutsOfLongStringKeys() throws InterruptedException {
        Race.<BucketMap_RacingStringMap>run(
                "clear vs put of long String keys",
                BucketMap_RacingStringMap::new,
                RacingWritesTest::check,
                (m, rnd, n) -> m.clear(),
                (m, rnd, n) -> putLongKey(m, 1, n),
                (m, rnd, n) -> putLongKey(m, 2, n),
                (m, rnd, n) -> putLongKey(m, 3, n));
    }

    @Test
    void removalsEmptyingTheMapRacingPutsOfLongStringKeys() throws InterruptedException {
        // Each thread puts a key and removes it again: the map keeps becoming empty, and each
        // time it does the removal draws a new seed, like clear().
        Race.<BucketMap_RacingStringMap>run(
                "remove emptying the map vs put of long String keys",
                BucketMap_RacingStringMap::new,
                RacingWritesTest::check,
                (m, rnd, n) -> m.remove(putLongKey(m, 1, n)),
                (m, rnd, n) -> m.remove(putLongKey(m, 2, n)),
                (m, rnd, n) -> m.remove(putLongKey(m, 3, n)));
    }

    private static String putLongKey(Map<String, String> m, int thread, long n) {
        String value = thread + "-" + n;
        String key = LONG + value;
        m.put(key, value);
        return key;
    }

    private static List<String> check(BucketMap_RacingStringMap m) {
        return Race.checkMap(
                m, m::checkInvariants, (k, v) -> k.length() == LONG.length() + v.length() && k.endsWith(v));
    }

    // ---- value-only writes through a traversal, racing put/remove of other keys ----

    static Stream<Arguments> intValueWrites() {
        return Stream.of(
                intStep("replaceAll", (m, rnd, n) -> m.replaceAll((k, v) -> code(k, n))),
                intStep("cursor setValue", (m, rnd, n) -> {
                    RacingIntMap.Cursor c = m.cursor();
                    while (c.next()) {
                        c.setValue(code(c.key(), n));
                    }
                }));
    }

    @ParameterizedTest(name = "int -> int: {0} racing put/remove of other keys")
    @MethodSource("intValueWrites")
    void intValueWritesRacingWriters(String name, Race.Step<BucketMap_RacingIntMap> valueWrites)
            throws InterruptedException {
        Race.run(
                "int -> int: " + name + " vs put/remove",
                RacingWritesTest::intMap,
                RacingWritesTest::check,
                valueWrites,
                RacingWritesTest::putOrRemoveOther);
    }

    static Stream<Arguments> longValueWrites() {
        return Stream.of(
                longStep("replaceAll", (m, rnd, n) -> m.replaceAll((k, v) -> code(k, n))),
                longStep("cursor setValue", (m, rnd, n) -> {
                    RacingLongStringMap.Cursor c = m.cursor();
                    while (c.next()) {
                        c.setValue(code(c.key(), n));
                    }
                }));
    }

    @ParameterizedTest(name = "long -> String: {0} racing put/remove of other keys")
    @MethodSource("longValueWrites")
    void longValueWritesRacingWriters(String name, Race.Step<BucketMap_RacingLongStringMap> valueWrites)
            throws InterruptedException {
        Race.run(
                "long -> String: " + name + " vs put/remove",
                RacingWritesTest::longMap,
                RacingWritesTest::check,
                valueWrites,
                RacingWritesTest::putOrRemoveOther);
    }

    /**
     * Entry.setValue of the owned entries (a writer's key may be gone, and then setValue throws
     * IllegalStateException), many times over for each iteration that hands them out, while the
     * writers put and remove other keys and make the table grow.
     */
    @Test
    void intEntrySetValueRacingWriters() throws InterruptedException {
        Race.<BucketMap_RacingIntMap>run(
                "int -> int: entrySet().iterator() Entry.setValue vs put/remove and growth",
                RacingWritesTest::intMap,
                RacingWritesTest::check,
                (m, rnd, n) -> {
                    List<Map.Entry<Integer, Integer>> owned = new ArrayList<>();
                    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                        if (e.getKey() < OWNED) {
                            owned.add(e);
                        }
                    }
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Map.Entry<Integer, Integer> e : owned) {
                            e.setValue(code(e.getKey(), n + round));
                        }
                    }
                },
                RacingWritesTest::putOrRemoveOther,
                RacingWritesTest::grow);
    }

    @Test
    void longEntrySetValueRacingWriters() throws InterruptedException {
        Race.<BucketMap_RacingLongStringMap>run(
                "long -> String: entrySet().iterator() Entry.setValue vs put/remove and growth",
                RacingWritesTest::longMap,
                RacingWritesTest::check,
                (m, rnd, n) -> {
                    List<Map.Entry<Long, String>> owned = new ArrayList<>();
                    for (Map.Entry<Long, String> e : m.entrySet()) {
                        if (e.getKey() < OWNED) {
                            owned.add(e);
                        }
                    }
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Map.Entry<Long, String> e : owned) {
                            e.setValue(code(e.getKey(), n + round));
                        }
                    }
                },
                RacingWritesTest::putOrRemoveOther,
                RacingWritesTest::grow);
    }

    // ---- removals through a traversal, racing writers of the same keys ----

    /** What a removing traversal removes: the writers' even keys, which they put and remove too. */
    private static boolean removed(long key) {
        return key >= OWNED && (key & 1) == 0;
    }

    static Stream<Arguments> intRemovals() {
        return Stream.of(
                intStep("keySet().removeIf", (m, rnd, n) -> m.keySet().removeIf(RacingWritesTest::removed)),
                intStep("keySet().iterator() Iterator.remove", (m, rnd, n) -> {
                    for (Iterator<Integer> it = m.keySet().iterator(); it.hasNext(); ) {
                        if (removed(it.next())) {
                            it.remove();
                        }
                    }
                }),
                intStep("entrySet().removeIf", (m, rnd, n) -> m.entrySet().removeIf(e -> removed(e.getKey()))),
                intStep("removeIf form", (m, rnd, n) -> m.removeIf((k, v) -> removed(k))),
                intStep("cursor remove", (m, rnd, n) -> {
                    RacingIntMap.Cursor c = m.cursor();
                    while (c.next()) {
                        if (removed(c.key())) {
                            c.remove();
                        }
                    }
                }));
    }

    @ParameterizedTest(name = "int -> int: {0} racing put/remove")
    @MethodSource("intRemovals")
    void intRemovalsRacingWriters(String name, Race.Step<BucketMap_RacingIntMap> removals) throws InterruptedException {
        Race.run(
                "int -> int: " + name + " vs put/remove",
                RacingWritesTest::intMap,
                RacingWritesTest::check,
                removals,
                RacingWritesTest::putOrRemoveFew,
                RacingWritesTest::putOrRemoveFew);
    }

    @Test
    void longKeySetRemoveIfRacingWriters() throws InterruptedException {
        Race.<BucketMap_RacingLongStringMap>run(
                "long -> String: keySet().removeIf vs put/remove",
                RacingWritesTest::longMap,
                RacingWritesTest::check,
                (m, rnd, n) -> {
                    m.keySet().removeIf(RacingWritesTest::removed);
                },
                RacingWritesTest::putOrRemoveFew,
                RacingWritesTest::putOrRemoveFew);
    }

    /**
     * keySet().remove(k) answers whether it removed k, whatever other keys other threads put and
     * remove meanwhile: the thread that owns k has just put it, so the first remove must say
     * true and the second false.
     */
    @Test
    void keySetRemoveAnswersForItsOwnKeyRacingWriters() throws InterruptedException {
        Race.<BucketMap_RacingIntMap>run(
                "int -> int: keySet().remove answer vs put/remove",
                RacingWritesTest::intMap,
                RacingWritesTest::check,
                (m, rnd, n) -> {
                    int k = rnd.nextInt(OWNED);
                    m.put(k, code(k, n));
                    if (!m.keySet().remove(k)) {
                        throw new AssertionError("keySet().remove(" + k + ") of a present key answered false");
                    }
                    if (m.keySet().remove(k)) {
                        throw new AssertionError("keySet().remove(" + k + ") of an absent key answered true");
                    }
                },
                RacingWritesTest::putOrRemoveOther,
                RacingWritesTest::putOrRemoveOther);
    }

    // ---- reads of a traversal racing writers, also while the table grows ----

    static Stream<Arguments> intTraversals() {
        return Stream.of(
                intStep("forEach", (m, rnd, n) -> m.forEach((k, v) -> {})),
                intStep("keys()", (m, rnd, n) -> m.keys()),
                intStep("entrySet() iteration", (m, rnd, n) -> {
                    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                        e.getValue();
                    }
                }),
                intStep("containsValue", (m, rnd, n) -> m.containsValue(-1)),
                intStep("hashCode", (m, rnd, n) -> m.hashCode()));
    }

    @ParameterizedTest(name = "int -> int: {0} racing put/remove and growth")
    @MethodSource("intTraversals")
    void intTraversalsRacingWriters(String name, Race.Step<BucketMap_RacingIntMap> traversal)
            throws InterruptedException {
        Race.run(
                "int -> int: " + name + " vs put/remove and growth",
                RacingWritesTest::intMap,
                RacingWritesTest::check,
                traversal,
                RacingWritesTest::putOrRemoveOther,
                RacingWritesTest::grow);
    }

    static Stream<Arguments> longTraversals() {
        return Stream.of(
                longStep("forEach", (m, rnd, n) -> m.forEach((k, v) -> {})),
                longStep("keys()", (m, rnd, n) -> m.keys()),
                longStep("values() iteration", (m, rnd, n) -> {
                    // Not v.length(): a value read while a writer changes the map may be stale
                    // or null; only the next step throws.
                    for (String v : m.values()) {
                        Objects.hashCode(v);
                    }
                }),
                longStep("toString", (m, rnd, n) -> m.toString()),
                longStep("serialization", (m, rnd, n) -> {
                    // The count written matches the entries written: the copy reads back whole,
                    // and the object written after the map is not taken for entries. (Its
                    // values may be stale: a traversal reads without the writing flag.)
                    Object[] back = deserialize(serialize(m, "after"));
                    ((BucketMap_RacingLongStringMap) back[0]).checkInvariants();
                    if (!"after".equals(back[1])) {
                        throw new AssertionError("read " + back[1] + " after the map");
                    }
                }));
    }

    @ParameterizedTest(name = "long -> String: {0} racing put/remove and growth")
    @MethodSource("longTraversals")
    void longTraversalsRacingWriters(String name, Race.Step<BucketMap_RacingLongStringMap> traversal)
            throws InterruptedException {
        Race.run(
                "long -> String: " + name + " vs put/remove and growth",
                RacingWritesTest::longMap,
                RacingWritesTest::check,
                traversal,
                RacingWritesTest::putOrRemoveOther,
                RacingWritesTest::grow);
    }

    static Stream<Arguments> stringTraversals() {
        return Stream.of(
                stringStep("forEach", (m, rnd, n) -> m.forEach((k, v) -> {})),
                stringStep("entrySet() iteration", (m, rnd, n) -> {
                    for (Map.Entry<String, String> e : m.entrySet()) {
                        Objects.hashCode(e.getValue());
                    }
                }),
                stringStep("containsValue", (m, rnd, n) -> m.containsValue("")));
    }

    @ParameterizedTest(name = "String -> String: {0} racing put, remove, growth and clear")
    @MethodSource("stringTraversals")
    void stringTraversalsRacingWriters(String name, Race.Step<BucketMap_RacingStringMap> traversal)
            throws InterruptedException {
        Race.run(
                "String -> String: " + name + " vs put, remove, growth and clear",
                BucketMap_RacingStringMap::new,
                RacingWritesTest::check,
                traversal,
                (m, rnd, n) -> {
                    String v = "a" + n;
                    if (n % 4 == 3) {
                        m.remove(LONG + "a" + (n - 2));
                    } else {
                        m.put(LONG + v, v);
                    }
                },
                (m, rnd, n) -> {
                    if (n % 2048 == 2047) {
                        m.clear();
                    } else {
                        String v = "b" + n;
                        m.put(LONG + v, v);
                    }
                });
    }

    private static byte[] serialize(Object... objects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object o : objects) {
                out.writeObject(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object[] deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return new Object[] {in.readObject(), in.readObject()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Arguments stringStep(String name, Race.Step<BucketMap_RacingStringMap> step) {
        return Arguments.of(name, step);
    }

    private static Arguments intStep(String name, Race.Step<BucketMap_RacingIntMap> step) {
        return Arguments.of(name, step);
    }

    private static Arguments longStep(String name, Race.Step<BucketMap_RacingLongStringMap> step) {
        return Arguments.of(name, step);
    }

    // ---- maps and their values ----

    /** A value that names its key: value / 1000 is the key. */
    private static int code(int key, long n) {
        return key * 1000 + (int) (n % 1000);
    }

    /** A value that names its key: "v" + key + "/" + n. */
    private static String code(long key, long n) {
        return "v" + key + "/" + n;
    }

    private static BucketMap_RacingIntMap intMap() {
        BucketMap_RacingIntMap m = new BucketMap_RacingIntMap();
        for (int k = 0; k < OWNED; k++) {
            m.put(k, code(k, 0));
        }
        return m;
    }

    private static BucketMap_RacingLongStringMap longMap() {
        BucketMap_RacingLongStringMap m = new BucketMap_RacingLongStringMap();
        for (long k = 0; k < OWNED; k++) {
            m.put(k, code(k, 0));
        }
        return m;
    }

    private static void putOrRemoveOther(BucketMap_RacingIntMap m, SplittableRandom rnd, long n) {
        int k = OWNED + rnd.nextInt(OTHERS);
        if (rnd.nextInt(3) == 0) {
            m.remove(k);
        } else {
            m.put(k, code(k, n));
        }
    }

    private static void putOrRemoveOther(BucketMap_RacingLongStringMap m, SplittableRandom rnd, long n) {
        long k = OWNED + rnd.nextInt(OTHERS);
        if (rnd.nextInt(3) == 0) {
            m.remove(k);
        } else {
            m.put(k, code(k, n));
        }
    }

    /**
     * Puts ever new keys, removing every fourth: the table keeps growing, so traversals meet
     * growths and evacuations.
     */
    private static void grow(BucketMap_RacingIntMap m, SplittableRandom rnd, long n) {
        int k = GROWN + (int) (n % GROWN);
        if (n % 4 == 3) {
            m.remove(k - 2);
        } else {
            m.put(k, code(k, n));
        }
    }

    private static void grow(BucketMap_RacingLongStringMap m, SplittableRandom rnd, long n) {
        long k = GROWN + n;
        if (n % 4 == 3) {
            m.remove(k - 2);
        } else {
            m.put(k, code(k, n));
        }
    }

    /** Puts or removes one of a few keys: removals racing on the same keys meet often. */
    private static void putOrRemoveFew(BucketMap_RacingIntMap m, SplittableRandom rnd, long n) {
        int k = OWNED + rnd.nextInt(FEW);
        if (rnd.nextBoolean()) {
            m.remove(k);
        } else {
            m.put(k, code(k, n));
        }
    }

    private static void putOrRemoveFew(BucketMap_RacingLongStringMap m, SplittableRandom rnd, long n) {
        long k = OWNED + rnd.nextInt(FEW);
        if (rnd.nextBoolean()) {
            m.remove(k);
        } else {
            m.put(k, code(k, n));
        }
    }

    private static List<String> check(BucketMap_RacingIntMap m) {
        return Race.checkMap(m, m::checkInvariants, (k, v) -> v / 1000 == k);
    }

    private static List<String> check(BucketMap_RacingLongStringMap m) {
        return Race.checkMap(m, m::checkInvariants, (k, v) -> v != null && v.startsWith("v" + k + "/"));
    }
}
