package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bucketmap.runtime.MapStats;
import java.util.HashSet;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structured keys (sequential small values, values that differ only in their high bits,
 * integral floats and doubles whose low bits are all zero) must fill the table like random
 * keys of the same kind: the seeded mix spreads every key kind over all the bits the table
 * uses. Judged by stats(): the same number of buckets and a comparable number of overflow
 * buckets.
 */
class KeySpreadTest {
    static final int N = 40_000;

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of(Combo.SHORT_CHAR, "short 0..N-1", (IntFunction<Object>) i -> (short) i),
                Arguments.of(Combo.SHORT_CHAR, "short, multiples of 256 and their neighbours", (IntFunction<Object>)
                        i -> (short) ((i & 0xff) << 8 | i >>> 8)),
                Arguments.of(Combo.CHAR_BYTE, "char 0..N-1", (IntFunction<Object>) i -> (char) i),
                Arguments.of(Combo.INT_INT, "int 0..N-1", (IntFunction<Object>) i -> i),
                Arguments.of(Combo.INT_INT, "int i << 16", (IntFunction<Object>) i -> i << 16),
                Arguments.of(Combo.INT_STRING, "int i * 2^20 (low 20 bits zero)", (IntFunction<Object>)
                        i -> i << 20 | i >>> 12),
                Arguments.of(Combo.LONG_LONG, "long 0..N-1", (IntFunction<Object>) i -> (long) i),
                Arguments.of(Combo.LONG_LONG, "long i << 48 | i >>> 16 (high bits only)", (IntFunction<Object>)
                        i -> (long) i << 48 | (long) (i >>> 16)),
                Arguments.of(Combo.LONG_BOXED_DOUBLE, "long i << 32", (IntFunction<Object>) i -> (long) i << 32),
                Arguments.of(Combo.FLOAT_FLOAT, "float integers", (IntFunction<Object>) i -> (float) i),
                Arguments.of(Combo.FLOAT_FLOAT, "float i / 1024", (IntFunction<Object>) i -> i / 1024f),
                Arguments.of(Combo.DOUBLE_DOUBLE, "double integers", (IntFunction<Object>) i -> (double) i),
                Arguments.of(Combo.DOUBLE_FLOAT, "double i * 2^40", (IntFunction<Object>) i -> i * 0x1p40),
                Arguments.of(Combo.DOUBLE_DOUBLE, "double i / 2^20", (IntFunction<Object>) i -> i / 0x1p20),
                Arguments.of(
                        Combo.PT_SHORT,
                        "records (i, 0) and (0, 31 i): few distinct hashCodes per row",
                        (IntFunction<Object>) i -> new Maps.Pt(i >>> 1, (short) ((i & 1) * 31))),
                Arguments.of(Combo.STRING_INT, "String \"k\" + i", (IntFunction<Object>) i -> "k" + i));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("families")
    void structuredKeysSpreadLikeRandomKeys(Combo<?, ?> combo, String family, IntFunction<Object> key) {
        spread(combo, family, key);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void spread(Combo<K, V> combo, String family, IntFunction<Object> key) {
        long seed = TestSeeds.of("keySpread " + combo.name + " " + family);
        Random rnd = new Random(seed);
        KindOps<K, V> structured = combo.create();
        KindOps<K, V> random = combo.create();
        V value = combo.values.of(1);
        Set<K> keys = new HashSet<>();
        for (int i = 0; i < N; i++) {
            K k = (K) key.apply(i);
            if (!keys.add(k)) {
                fail("test setup: " + family + " repeats " + Show.of(k));
            }
            structured.put(k, value);
        }
        Set<K> randomKeys = new HashSet<>();
        while (randomKeys.size() < N) {
            K k = combo.keys.random(rnd);
            if (randomKeys.add(k)) {
                random.put(k, value);
            }
        }
        MapStats s = structured.stats();
        MapStats r = random.stats();
        String ctx = combo.name + ", " + family + ", seed=" + seed + ": structured " + s + ", random " + r;
        assertEquals(N, s.size(), ctx);
        assertEquals(r.log2Buckets(), s.log2Buckets(), () -> ctx + ": log2Buckets");
        assertEquals(0, s.sameSizeGrowths(), () -> ctx + ": same-size growths without removals");
        assertTrue(s.overflowBuckets() <= 2 * r.overflowBuckets() + 32, () -> ctx + ": overflow buckets");
        for (K k : keys) {
            if (!Objects.equals(value, structured.get(k))) {
                fail(ctx + ": get(" + Show.of(k) + ")");
            }
        }
    }
}
