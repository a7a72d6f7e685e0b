package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Runs the same seeded random operations on a generated map (through {@link KindOps}) and on a
 * {@link HashMap} mirror, comparing every return value and every call the map makes to a
 * function it was given, and comparing the full contents at checkpoints.
 *
 * <p>Reference values follow {@code HashMap} itself. Primitive values follow the contract's
 * model: absent is the combination's absent value, putIfAbsent/computeIfAbsent/merge treat
 * any mapping as present, compute always stores, nothing but remove/removeIf/cursor removes.
 * Every decision that depends on the map's (randomised) iteration order is a function of the
 * entry, so a seed replays the same operations.
 */
final class KindDifferential<K, V> {
    enum Op {
        GET,
        GET_OR_DEFAULT,
        CONTAINS_KEY,
        SIZE,
        IS_EMPTY,
        PUT,
        PUT_IF_ABSENT,
        REMOVE,
        REMOVE_KV,
        REPLACE,
        REPLACE_KVV,
        COMPUTE_IF_ABSENT,
        COMPUTE_IF_PRESENT,
        COMPUTE,
        MERGE,
        ADD_VALUE,
        // Whole-map operations, O(size) each:
        CONTAINS_VALUE,
        FOR_EACH,
        FOR_EACH_KEY,
        FOR_EACH_VALUE,
        REMOVE_IF,
        KEYS,
        VALUES,
        CURSOR,
        CURSOR_EDIT,
        EQUALS_HASH,
        TO_STRING,
        CLEAR;

        boolean wholeMap() {
            return ordinal() >= CONTAINS_VALUE.ordinal();
        }
    }

    private static final Op[] OPS = Op.values();

    final Combo<K, V> combo;
    final KindOps<K, V> m;
    final Map<K, V> mirror = new HashMap<>();
    final long seed;
    final Random rnd;
    final KeyPool<K> keys;
    /** Chance in percent that a value argument is null (reference values only). */
    int nullPercent;

    long ops;
    /** The last operation, formatted only when a message needs it. */
    private String lastWhole = "(none)";

    private Op lastOp;
    private Object lastKey;
    private Object[] lastArgs;
    private boolean lastKeyWasPresent;
    private Object lastKeyOldValue;
    private int[] cumulative;
    private final boolean reference;
    private final V absent;

    KindDifferential(Combo<K, V> combo, KindOps<K, V> map, long seed, Random rnd, KeyPool<K> keys, int[] weights) {
        this.combo = combo;
        this.m = map;
        this.seed = seed;
        this.rnd = rnd;
        this.keys = keys;
        this.reference = combo.referenceValues();
        this.absent = combo.absent;
        setWeights(weights);
    }

    void setWeights(int[] weights) {
        if (weights.length != Op.values().length) {
            throw new IllegalArgumentException("one weight per op");
        }
        int[] w = weights.clone();
        if (!m.hasAddValue()) {
            w[Op.ADD_VALUE.ordinal()] = 0;
        }
        if (!m.cursorCanEdit()) {
            w[Op.CURSOR_EDIT.ordinal()] = 0;
        }
        cumulative = new int[w.length];
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            cumulative[i] = sum;
        }
    }

    /** Every operation alike, whole-map ones rarer, clear rare. */
    static int[] allOps() {
        int[] w = new int[Op.values().length];
        for (Op op : Op.values()) {
            w[op.ordinal()] = op.wholeMap() ? 2 : 8;
        }
        w[Op.PUT.ordinal()] = 20;
        w[Op.CLEAR.ordinal()] = 1;
        return w;
    }

    /** Only per-key operations, inserting ones first: the map grows. */
    static int[] growing() {
        int[] w = new int[Op.values().length];
        for (Op op : Op.values()) {
            w[op.ordinal()] = op.wholeMap() ? 0 : 2;
        }
        w[Op.PUT.ordinal()] = 40;
        w[Op.PUT_IF_ABSENT.ordinal()] = 8;
        w[Op.COMPUTE_IF_ABSENT.ordinal()] = 8;
        w[Op.MERGE.ordinal()] = 8;
        w[Op.COMPUTE.ordinal()] = 6;
        w[Op.ADD_VALUE.ordinal()] = 6;
        return w;
    }

    static int[] with(int[] weights, Op op, int weight) {
        int[] w = weights.clone();
        w[op.ordinal()] = weight;
        return w;
    }

    String where() {
        return combo.name + ", seed=" + seed + ", op #" + ops + " " + lastOp();
    }

    private String lastOp() {
        if (lastOp == null) {
            return lastWhole;
        }
        StringBuilder sb = new StringBuilder().append(lastOp).append("(key=").append(Show.of(lastKey));
        for (int i = 0; i + 1 < lastArgs.length; i += 2) {
            sb.append(", ").append(lastArgs[i]).append('=').append(Show.of(lastArgs[i + 1]));
        }
        sb.append(") on ");
        sb.append(lastKeyWasPresent ? "key mapped to " + Show.of(lastKeyOldValue) : "absent key");
        return sb.toString();
    }

    /** Records a per-key operation before it runs (the key's mapping is taken from the mirror). */
    private void note(Op op, K k, Object... args) {
        lastOp = op;
        lastKey = k;
        lastArgs = args;
        lastKeyWasPresent = mirror.containsKey(k);
        lastKeyOldValue = lastKeyWasPresent ? mirror.get(k) : null;
    }

    private void noteWhole(String description) {
        lastOp = null;
        lastWhole = description;
    }

    // ---------------------------------------------------------------- arguments

    V value() {
        if (combo.values.nullable && nullPercent > 0 && rnd.nextInt(100) < nullPercent) {
            return null;
        }
        return combo.values.draw(rnd);
    }

    private V nonNullValue() {
        return combo.values.draw(rnd);
    }

    /** The key's current value half of the time (when it has one). */
    private V currentOrRandom(K k) {
        return rnd.nextBoolean() && mirror.containsKey(k) ? mirror.get(k) : value();
    }

    private V expectedGet(K k) {
        return mirror.containsKey(k) ? mirror.get(k) : absent;
    }

    private String describe(K k) {
        return mirror.containsKey(k) ? "key mapped to " + Show.of(mirror.get(k)) : "absent key";
    }

    // ---------------------------------------------------------------- functions given to the maps

    /** fn(K)->V: mode 0 returns null (reference values) or the absent value. */
    private Function<K, V> keyFn(int mode, List<List<Object>> log) {
        return k -> {
            log.add(Arrays.asList(k));
            if (mode == 0) {
                return absent;
            }
            return combo.values.derive(Domain.stableHash(k) * 31L + mode);
        };
    }

    /** fn(K,V)->V: null/absent, from the key, from the value, or the value itself. */
    private BiFunction<K, V, V> remap(int mode, List<List<Object>> log) {
        return (k, v) -> {
            log.add(Arrays.asList(k, v));
            switch (mode) {
                case 0:
                    return absent;
                case 1:
                    return combo.values.derive(Domain.stableHash(k) * 131L + 1);
                case 2:
                    return combo.values.derive(Domain.stableHash(v) * 137L + 2);
                default:
                    return v;
            }
        };
    }

    /** fn(V,V)->V: null/absent, the given value, the old value, or a mix. */
    private BinaryOperator<V> mergeFn(int mode, List<List<Object>> log) {
        return (a, b) -> {
            log.add(Arrays.asList(a, b));
            switch (mode) {
                case 0:
                    return absent;
                case 1:
                    return b;
                case 2:
                    return a;
                default:
                    return combo.values.derive(Domain.stableHash(a) * 31L + Domain.stableHash(b));
            }
        };
    }

    // ---------------------------------------------------------------- running

    void run(long count) {
        for (long i = 0; i < count; i++) {
            step();
        }
    }

    void step() {
        int r = rnd.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (r >= cumulative[i]) {
            i++;
        }
        step(OPS[i]);
    }

    void step(Op op) {
        step(op, keys.next());
    }

    /** One operation; {@code k} is its key, for the operations that take one. */
    void step(Op op, K k) {
        ops++;
        Map<K, V> h = mirror;
        note(op, k);
        switch (op) {
            case GET:
                same(expectedGet(k), m.get(k));
                break;
            case GET_OR_DEFAULT: {
                V d = value();
                note(op, k, "default", d);
                same(h.getOrDefault(k, d), m.getOrDefault(k, d));
                break;
            }
            case CONTAINS_KEY:
                same(h.containsKey(k), m.containsKey(k));
                break;
            case SIZE:
                same(h.size(), m.size());
                break;
            case IS_EMPTY:
                same(h.isEmpty(), m.isEmpty());
                break;
            case PUT: {
                V v = value();
                note(op, k, "value", v);
                V expected = expectedGet(k);
                h.put(k, v);
                same(expected, m.put(k, v));
                break;
            }
            case PUT_IF_ABSENT: {
                V v = value();
                note(op, k, "value", v);
                V expected;
                if (reference) {
                    expected = h.putIfAbsent(k, v);
                } else if (h.containsKey(k)) {
                    expected = h.get(k);
                } else {
                    h.put(k, v);
                    expected = absent;
                }
                same(expected, m.putIfAbsent(k, v));
                break;
            }
            case REMOVE: {
                note(op, k);
                V expected = h.containsKey(k) ? h.remove(k) : absent;
                same(expected, m.remove(k));
                break;
            }
            case REMOVE_KV: {
                V v = currentOrRandom(k);
                note(op, k, "value", v);
                same(h.remove(k, v), m.remove(k, v));
                break;
            }
            case REPLACE: {
                V v = value();
                note(op, k, "value", v);
                V expected = h.containsKey(k) ? h.replace(k, v) : absent;
                same(expected, m.replace(k, v));
                break;
            }
            case REPLACE_KVV: {
                V old = currentOrRandom(k);
                V neu = value();
                note(op, k, "old", old, "new", neu);
                same(h.replace(k, old, neu), m.replace(k, old, neu));
                break;
            }
            case COMPUTE_IF_ABSENT: {
                int mode = rnd.nextInt(4);
                note(op, k, "fn mode", mode);
                List<List<Object>> hLog = new ArrayList<>();
                List<List<Object>> mLog = new ArrayList<>();
                Function<K, V> hf = keyFn(mode, hLog);
                V expected;
                if (reference) {
                    expected = h.computeIfAbsent(k, hf);
                } else if (h.containsKey(k)) {
                    expected = h.get(k);
                } else {
                    expected = hf.apply(k);
                    h.put(k, expected);
                }
                V actual = m.computeIfAbsent(k, keyFn(mode, mLog));
                sameCalls(hLog, mLog);
                same(expected, actual);
                break;
            }
            case COMPUTE_IF_PRESENT: {
                int mode = rnd.nextInt(4);
                note(op, k, "fn mode", mode);
                List<List<Object>> hLog = new ArrayList<>();
                List<List<Object>> mLog = new ArrayList<>();
                BiFunction<K, V, V> hf = remap(mode, hLog);
                V expected;
                if (reference) {
                    expected = h.computeIfPresent(k, hf);
                } else if (h.containsKey(k)) {
                    expected = hf.apply(k, h.get(k));
                    h.put(k, expected);
                } else {
                    expected = absent;
                }
                V actual = m.computeIfPresent(k, remap(mode, mLog));
                sameCalls(hLog, mLog);
                same(expected, actual);
                break;
            }
            case COMPUTE: {
                int mode = rnd.nextInt(4);
                note(op, k, "fn mode", mode);
                List<List<Object>> hLog = new ArrayList<>();
                List<List<Object>> mLog = new ArrayList<>();
                BiFunction<K, V, V> hf = remap(mode, hLog);
                V expected;
                if (reference) {
                    expected = h.compute(k, hf);
                } else {
                    expected = hf.apply(k, expectedGet(k));
                    h.put(k, expected);
                }
                V actual = m.compute(k, remap(mode, mLog));
                sameCalls(hLog, mLog);
                same(expected, actual);
                break;
            }
            case MERGE: {
                int mode = rnd.nextInt(4);
                V v = nonNullValue(); // HashMap.merge rejects a null value
                note(op, k, "value", v, "fn mode", mode);
                List<List<Object>> hLog = new ArrayList<>();
                List<List<Object>> mLog = new ArrayList<>();
                BinaryOperator<V> hf = mergeFn(mode, hLog);
                V expected;
                if (reference) {
                    expected = h.merge(k, v, hf);
                } else if (h.containsKey(k)) {
                    expected = hf.apply(h.get(k), v);
                    h.put(k, expected);
                } else {
                    expected = v;
                    h.put(k, v);
                }
                V actual = m.merge(k, v, mergeFn(mode, mLog));
                sameCalls(hLog, mLog);
                same(expected, actual);
                break;
            }
            case ADD_VALUE: {
                V delta = nonNullValue();
                note(op, k, "delta", delta);
                V expected = combo.values.add(expectedGet(k), delta);
                h.put(k, expected);
                same(expected, m.addValue(k, delta));
                break;
            }
            case CONTAINS_VALUE: {
                V v = rnd.nextInt(3) == 0 && !h.isEmpty() ? anyValue() : value();
                noteWhole(op + "(" + Show.of(v) + ")");
                same(h.containsValue(v), m.containsValue(v));
                break;
            }
            case FOR_EACH:
                noteWhole(op.toString());
                Contents.assertEntries(h, Contents.viaForEach(m, where()), where() + ": forEach");
                break;
            case CURSOR:
                noteWhole(op.toString());
                Contents.assertEntries(h, Contents.viaCursor(m, where()), where() + ": cursor");
                break;
            case FOR_EACH_KEY:
                noteWhole(op.toString());
                Contents.assertForEachKey(combo, m, h, where());
                break;
            case FOR_EACH_VALUE:
                noteWhole(op.toString());
                Contents.assertForEachValue(m, h, where());
                break;
            case KEYS:
                noteWhole(op.toString());
                Contents.assertKeysArray(combo, m, h, where());
                break;
            case VALUES:
                noteWhole(op.toString());
                Contents.assertValuesArray(combo, m, h, where());
                break;
            case EQUALS_HASH:
                noteWhole(op.toString());
                Contents.assertEqualsAndHashCode(combo, m, h, rnd, where());
                break;
            case TO_STRING:
                noteWhole(op.toString());
                Contents.assertToString(m, h, where());
                break;
            case REMOVE_IF:
                removeIf();
                break;
            case CURSOR_EDIT:
                cursorEdit();
                break;
            case CLEAR:
                noteWhole(op.toString());
                h.clear();
                m.clear();
                same(0, m.size());
                same(true, m.isEmpty());
                break;
            default:
                throw new AssertionError(op);
        }
    }

    private V anyValue() {
        int skip = rnd.nextInt(Math.min(mirror.size(), 64));
        for (V v : mirror.values()) {
            if (skip-- == 0) {
                return v;
            }
        }
        throw new AssertionError();
    }

    private void removeIf() {
        int salt = rnd.nextInt();
        int modulus = 1 + rnd.nextInt(4);
        boolean byValue = rnd.nextInt(3) == 0;
        noteWhole(
                Op.REMOVE_IF + "(modulus " + modulus + (byValue ? ", by value" : ", by key") + ", salt " + salt + ")");
        BiPredicate<K, V> filter = (k, v) -> Integer.remainderUnsigned(
                        (int) Domain.mix((byValue ? Domain.stableHash(v) : Domain.stableHash(k)) ^ salt), modulus)
                == 0;
        Map<K, V> before = new HashMap<>(mirror);
        Map<K, V> seen = new HashMap<>();
        boolean expected = mirror.entrySet().removeIf(e -> filter.test(e.getKey(), e.getValue()));
        boolean actual = m.removeIf((k, v) -> {
            if (seen.containsKey(k)) {
                fail(where() + ": removeIf tested key " + Show.of(k) + " twice");
            }
            seen.put(k, v);
            return filter.test(k, v);
        });
        Contents.assertEntries(before, seen, where() + ": the entries removeIf tested");
        same(expected, actual);
    }

    /** Walks a cursor, removing about a third of the entries and overwriting another third. */
    private void cursorEdit() {
        int salt = rnd.nextInt();
        noteWhole(Op.CURSOR_EDIT + "(salt " + salt + ")");
        Set<K> kept = new HashSet<>();
        Set<K> seen = new HashSet<>();
        KindOps.Cursor<K, V> c = m.cursor();
        while (c.next()) {
            K k = c.key();
            V v = c.value();
            if (!seen.add(k)) {
                fail(where() + ": cursor visited key " + Show.of(k) + " twice");
            }
            if (!mirror.containsKey(k) || !Objects.equals(mirror.get(k), v)) {
                fail(where() + ": cursor shows " + Show.of(k) + "=" + Show.of(v) + ", expected " + describe(k));
            }
            long hk = Domain.mix(Domain.stableHash(k) ^ salt);
            int action = (int) Long.remainderUnsigned(hk, 3);
            if (action == 0) {
                c.remove();
                mirror.remove(k);
            } else {
                kept.add(k);
                if (action == 1) {
                    V neu = combo.values.derive(hk >>> 2);
                    c.setValue(neu);
                    mirror.put(k, neu);
                    V after = c.value();
                    if (!Objects.equals(neu, after)) {
                        fail(where() + ": cursor value() after setValue(" + Show.of(neu) + ") is " + Show.of(after));
                    }
                }
            }
        }
        if (c.next()) {
            fail(where() + ": cursor next() is true again after the end");
        }
        same(mirror.size(), m.size());
        if (!mirror.keySet().equals(kept)) {
            fail(where() + ": the cursor did not visit every entry: kept " + kept.size() + ", map holds "
                    + mirror.size());
        }
    }

    // ---------------------------------------------------------------- checks

    /** Full comparison, stats invariants, lookups of absent keys. */
    void checkpoint(String label) {
        String ctx = where() + ", checkpoint " + label;
        Contents.assertSame(combo, m, mirror, rnd, ctx);
        Contents.assertStatsConsistent(m.stats(), mirror.size(), ctx);
        Contents.assertAbsent(combo, m, mirror, rnd, 32, ctx);
    }

    /**
     * The cheaper checkpoint for large maps: size, stats invariants, hashCode (a traversal
     * that sums every entry), lookups of every sixteenth entry, and absent keys.
     */
    void lightCheckpoint(String label) {
        String ctx = where() + ", checkpoint " + label;
        same(mirror.size(), m.size());
        Contents.assertStatsConsistent(m.stats(), mirror.size(), ctx);
        if (mirror.hashCode() != m.map().hashCode()) {
            fail(ctx + ": hashCode() " + m.map().hashCode() + ", HashMap's " + mirror.hashCode());
        }
        int i = 0;
        for (Map.Entry<K, V> e : mirror.entrySet()) {
            if ((i++ & 15) != 0) {
                continue;
            }
            V got = m.get(e.getKey());
            if (!Objects.equals(e.getValue(), got)) {
                fail(ctx + ": get(" + Show.of(e.getKey()) + ") = " + Show.of(got) + ", expected "
                        + Show.of(e.getValue()));
            }
        }
        Contents.assertAbsent(combo, m, mirror, rnd, 32, ctx);
    }

    private void same(Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            fail(where() + ": returned " + Show.of(actual) + ", expected " + Show.of(expected));
        }
    }

    private void sameCalls(List<List<Object>> expected, List<List<Object>> actual) {
        if (!expected.equals(actual)) {
            fail(where() + ": calls to the function were " + actual + ", expected " + expected);
        }
    }

    /** Current stats, for growth-watching loops. */
    MapStats stats() {
        return m.stats();
    }
}
