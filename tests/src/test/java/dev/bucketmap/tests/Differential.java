package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Runs the same seeded random operations on a generated map and on a {@link HashMap},
 * comparing every return value (and every call a map makes to a function it was given),
 * and comparing full contents at checkpoints.
 */
final class Differential {
    /** Every operation of the contract, plus cursor edits (setValue/remove while walking). */
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
        TO_STRING,
        CLEAR;

        boolean wholeMap() {
            return ordinal() >= CONTAINS_VALUE.ordinal();
        }
    }

    /** 64 interned values, so a million entries share a few strings. */
    static final String[] VALUES = new String[64];

    static {
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = ("v" + i).intern();
        }
    }

    final Subject subject;
    final Map<Long, String> mirror = new HashMap<>();
    final long seed;
    final Random rnd;
    final KeyGen keys;
    private int[] cumulative;
    /** Chance in percent that a value argument is {@code null}. */
    int nullPercent;

    long ops;
    private String lastOp = "(none)";

    /** @param weights one weight per {@link Op}, in declaration order */
    Differential(Subject subject, long seed, KeyGen keys, Random rnd, int[] weights) {
        this.subject = subject;
        this.seed = seed;
        this.rnd = rnd;
        this.keys = keys;
        setWeights(weights);
    }

    /** @param weights one weight per {@link Op}, in declaration order */
    void setWeights(int[] weights) {
        if (weights.length != Op.values().length) {
            throw new IllegalArgumentException("one weight per op");
        }
        cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Weights: every operation alike, whole-map ones a little rarer, clear rare. */
    static int[] allOps() {
        int[] w = new int[Op.values().length];
        for (Op op : Op.values()) {
            w[op.ordinal()] = op.wholeMap() ? 2 : 8;
        }
        w[Op.PUT.ordinal()] = 20;
        w[Op.CLEAR.ordinal()] = 0;
        return w;
    }

    /** Weights: only per-key operations, inserts first: the map grows. */
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
        return w;
    }

    static int[] with(int[] weights, Op op, int weight) {
        int[] w = weights.clone();
        w[op.ordinal()] = weight;
        return w;
    }

    String where() {
        return subject.name() + ", seed=" + seed + ", op #" + ops + " " + lastOp;
    }

    String value() {
        if (nullPercent > 0 && rnd.nextInt(100) < nullPercent) {
            return null;
        }
        return VALUES[rnd.nextInt(VALUES.length)];
    }

    /** A value argument that is the key's current value half of the time. */
    String currentOrRandom(long k) {
        return rnd.nextBoolean() && mirror.containsKey(k) ? mirror.get(k) : value();
    }

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
        step(Op.values()[i]);
    }

    void step(Op op) {
        step(op, keys.next());
    }

    /** One operation; {@code k} is its key, for the operations that take one. */
    void step(Op op, long k) {
        ops++;
        LongStringOps m = subject.ops();
        Map<Long, String> h = mirror;
        lastOp = op + "(key=" + k + ")";
        switch (op) {
            case GET:
                same(h.get(k), m.get(k));
                break;
            case GET_OR_DEFAULT: {
                String d = value();
                lastOp = op + "(key=" + k + ", default=" + d + ")";
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
                String v = value();
                lastOp = op + "(key=" + k + ", value=" + v + ")";
                same(h.put(k, v), m.put(k, v));
                break;
            }
            case PUT_IF_ABSENT: {
                String v = value();
                lastOp = op + "(key=" + k + ", value=" + v + ") on " + describe(k);
                same(h.putIfAbsent(k, v), m.putIfAbsent(k, v));
                break;
            }
            case REMOVE:
                same(h.remove(k), m.remove(k));
                break;
            case REMOVE_KV: {
                String v = currentOrRandom(k);
                lastOp = op + "(key=" + k + ", value=" + v + ") on " + describe(k);
                same(h.remove(k, v), m.remove(k, v));
                break;
            }
            case REPLACE: {
                String v = value();
                lastOp = op + "(key=" + k + ", value=" + v + ") on " + describe(k);
                same(h.replace(k, v), m.replace(k, v));
                break;
            }
            case REPLACE_KVV: {
                String old = currentOrRandom(k);
                String neu = value();
                lastOp = op + "(key=" + k + ", old=" + old + ", new=" + neu + ") on " + describe(k);
                same(h.replace(k, old, neu), m.replace(k, old, neu));
                break;
            }
            case COMPUTE_IF_ABSENT: {
                int mode = rnd.nextInt(4);
                lastOp = op + "(key=" + k + ", fn mode " + mode + ") on " + describe(k);
                StringBuilder hLog = new StringBuilder();
                StringBuilder mLog = new StringBuilder();
                String hr = h.computeIfAbsent(k, kk -> keyFn(mode, kk, hLog));
                String mr = m.computeIfAbsent(k, kk -> keyFn(mode, kk, mLog));
                sameCalls(hLog, mLog);
                same(hr, mr);
                break;
            }
            case COMPUTE_IF_PRESENT: {
                int mode = rnd.nextInt(4);
                lastOp = op + "(key=" + k + ", fn mode " + mode + ") on " + describe(k);
                StringBuilder hLog = new StringBuilder();
                StringBuilder mLog = new StringBuilder();
                String hr = h.computeIfPresent(k, remap(mode, hLog));
                String mr = m.computeIfPresent(k, remap(mode, mLog));
                sameCalls(hLog, mLog);
                same(hr, mr);
                break;
            }
            case COMPUTE: {
                int mode = rnd.nextInt(4);
                lastOp = op + "(key=" + k + ", fn mode " + mode + ") on " + describe(k);
                StringBuilder hLog = new StringBuilder();
                StringBuilder mLog = new StringBuilder();
                String hr = h.compute(k, remap(mode, hLog));
                String mr = m.compute(k, remap(mode, mLog));
                sameCalls(hLog, mLog);
                same(hr, mr);
                break;
            }
            case MERGE: {
                int mode = rnd.nextInt(4);
                String v = VALUES[rnd.nextInt(VALUES.length)]; // HashMap.merge rejects null
                lastOp = op + "(key=" + k + ", value=" + v + ", fn mode " + mode + ") on " + describe(k);
                StringBuilder hLog = new StringBuilder();
                StringBuilder mLog = new StringBuilder();
                String hr = h.merge(k, v, (a, b) -> mergeFn(mode, a, b, hLog));
                String mr = m.merge(k, v, (a, b) -> mergeFn(mode, a, b, mLog));
                sameCalls(hLog, mLog);
                same(hr, mr);
                break;
            }
            case CONTAINS_VALUE: {
                String v = rnd.nextInt(8) == 0 ? "absent" : value();
                lastOp = op + "(" + v + ")";
                same(h.containsValue(v), m.containsValue(v));
                break;
            }
            case FOR_EACH:
                lastOp = op.toString();
                assertEquals(h, Contents.viaForEach(subject, where()), this::where);
                break;
            case CURSOR:
                lastOp = op.toString();
                assertEquals(h, Contents.viaCursor(subject, where()), this::where);
                break;
            case FOR_EACH_KEY:
            case FOR_EACH_VALUE:
            case KEYS:
            case VALUES:
                lastOp = op.toString();
                Contents.assertKeysAndValues(subject, h, where());
                break;
            case TO_STRING:
                lastOp = op.toString();
                assertEquals(h, Contents.parseToString(subject.map().toString(), where()), this::where);
                break;
            case REMOVE_IF:
                removeIf();
                break;
            case CURSOR_EDIT:
                cursorEdit();
                break;
            case CLEAR:
                lastOp = op.toString();
                h.clear();
                m.clear();
                same(0, m.size());
                break;
            default:
                throw new AssertionError(op);
        }
    }

    private String describe(long k) {
        return mirror.containsKey(k) ? "key mapped to " + mirror.get(k) : "absent key";
    }

    private static String keyFn(int mode, long k, StringBuilder log) {
        log.append(k).append(';');
        return mode == 0 ? null : VALUES[(int) (k & 31) + 16 * mode - 16];
    }

    private static BiFunction<Long, String, String> remap(int mode, StringBuilder log) {
        return (k, v) -> {
            log.append(k).append('=').append(v).append(';');
            switch (mode) {
                case 0:
                    return null;
                case 1:
                    return VALUES[(int) (k & 63)];
                case 2:
                    return v == null ? "n" : VALUES[(v.hashCode() & 31) + 32];
                default:
                    return v;
            }
        };
    }

    private static String mergeFn(int mode, String a, String b, StringBuilder log) {
        log.append(a).append('+').append(b).append(';');
        switch (mode) {
            case 0:
                return null;
            case 1:
                return b;
            case 2:
                return a;
            default:
                return VALUES[(a.hashCode() + b.hashCode()) & 63];
        }
    }

    private void removeIf() {
        long salt = rnd.nextLong();
        int modulus = 1 + rnd.nextInt(4);
        boolean byValue = rnd.nextInt(4) == 0;
        lastOp = Op.REMOVE_IF + "(modulus " + modulus + (byValue ? ", by value" : "") + ")";
        BiPredicate<Long, String> filter = (k, v) -> byValue
                ? v == null || (v.hashCode() ^ salt) % modulus == 0
                : Long.remainderUnsigned(mix(k ^ salt), modulus) == 0;
        Map<Long, String> before = new HashMap<>(mirror);
        Map<Long, String> seen = new HashMap<>();
        boolean hr = mirror.entrySet().removeIf(e -> filter.test(e.getKey(), e.getValue()));
        boolean mr = subject.ops().removeIf((k, v) -> {
            if (seen.containsKey(k)) {
                fail(where() + ": removeIf tested key " + k + " twice");
            }
            seen.put(k, v);
            return filter.test(k, v);
        });
        assertEquals(before, seen, () -> where() + ": entries removeIf tested");
        same(hr, mr);
    }

    /** Walks a cursor, removing about a third of the entries and overwriting another third. */
    private void cursorEdit() {
        lastOp = Op.CURSOR_EDIT.toString();
        Map<Long, String> seen = new HashMap<>();
        LongStringCursor c = subject.ops().cursor();
        while (c.next()) {
            long k = c.key();
            String v = c.value();
            if (seen.containsKey(k)) {
                fail(where() + ": cursor visited key " + k + " twice");
            }
            seen.put(k, v);
            int action = rnd.nextInt(3);
            if (action == 0) {
                c.remove();
                mirror.remove(k);
            } else if (action == 1) {
                String neu = value();
                c.setValue(neu);
                mirror.put(k, neu);
                String after = c.value();
                if (!Objects.equals(neu, after)) {
                    fail(where() + ": cursor value() after setValue(" + neu + ") is " + after);
                }
            }
        }
        for (Iterator<Long> it = seen.keySet().iterator(); it.hasNext(); ) {
            long k = it.next();
            if (!mirror.containsKey(k)) {
                it.remove();
            }
        }
        assertEquals(mirror.size(), subject.ops().size(), () -> where() + ": size after cursor edits");
        assertEquals(mirror.keySet(), seen.keySet(), () -> where() + ": keys the cursor visited and kept");
    }

    /** Full comparison, stats invariants, and lookups of absent keys. */
    void checkpoint(String label) {
        String ctx = where() + ", checkpoint " + label;
        Contents.assertSame(subject, mirror, ctx);
        Contents.assertStatsConsistent(subject.stats().get(), mirror.size(), ctx);
        Contents.assertAbsent(subject, mirror, rnd, 64, ctx);
    }

    private void same(Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            fail(where() + ": returned " + actual + ", HashMap returned " + expected);
        }
    }

    private void sameCalls(CharSequence expected, CharSequence actual) {
        if (!expected.toString().contentEquals(actual)) {
            fail(where() + ": calls to the function were [" + actual + "], HashMap made [" + expected + "]");
        }
    }

    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
