package dev.bucketmap.tests.map;

import dev.bucketmap.runtime.MapStats;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One generated {@code java.util.Map} under test: how to make it (presized to an expected
 * size), read its stats, check its invariants, what sample keys and values the guava suites use,
 * and filler keys that never equal a sample.
 */
record MapKind<K, V>(
        String name,
        Class<K> keyClass,
        Class<V> valueClass,
        IntFunction<Map<K, V>> factory,
        Function<Map<K, V>, MapStats> stats,
        Consumer<Map<K, V>> invariants,
        List<K> keys,
        List<V> values,
        IntFunction<K> filler,
        boolean nullKeys,
        boolean nullValues) {

    static final MapKind<Long, String> LONG_STRING = new MapKind<>(
            "LongStringMap",
            Long.class,
            String.class,
            BucketMap_LongStringMap::new,
            m -> ((BucketMap_LongStringMap) m).stats(),
            m -> ((BucketMap_LongStringMap) m).checkInvariants(),
            List.of(1L, -2L, 3_000_000_000L, Long.MIN_VALUE, 0L),
            List.of("one", "minus two", "three billion", "min", "zero"),
            i -> -1_000_000L - i,
            false,
            true);

    static final MapKind<String, String> STRING_STRING = new MapKind<>(
            "StringStringMap",
            String.class,
            String.class,
            BucketMap_StringStringMap::new,
            m -> ((BucketMap_StringStringMap) m).stats(),
            m -> ((BucketMap_StringStringMap) m).checkInvariants(),
            List.of("a", "bb", "", "Aa", "BB"), // "Aa" and "BB" share a hashCode
            List.of("A", "B", "empty", "x", "y"),
            i -> "filler " + i,
            true,
            true);

    static final MapKind<Integer, Integer> INT_INT = new MapKind<>(
            "IntIntMap",
            Integer.class,
            Integer.class,
            BucketMap_IntIntMap::new,
            m -> ((BucketMap_IntIntMap) m).stats(),
            m -> ((BucketMap_IntIntMap) m).checkInvariants(),
            List.of(1, 0, -1, Integer.MAX_VALUE, 1 << 20),
            List.of(10, 20, 0, -30, Integer.MIN_VALUE),
            i -> -1_000_000 - i,
            false,
            false);

    static final MapKind<Double, Double> DOUBLE = new MapKind<>(
            "DoubleMap",
            Double.class,
            Double.class,
            BucketMap_DoubleMap::new,
            m -> ((BucketMap_DoubleMap) m).stats(),
            m -> ((BucketMap_DoubleMap) m).checkInvariants(),
            List.of(0.0, -0.0, Double.NaN, 1.5, Double.NEGATIVE_INFINITY), // 0.0 and -0.0 are two keys
            List.of(1.0, Double.NaN, -0.0, 2.5, 1e300),
            i -> -1e6 - i,
            false,
            true);

    static final MapKind<Cell, Long> CELL = new MapKind<>(
            "CellMap",
            Cell.class,
            Long.class,
            BucketMap_CellMap::new,
            m -> ((BucketMap_CellMap) m).stats(),
            m -> ((BucketMap_CellMap) m).checkInvariants(),
            List.of(new Cell(1, "A"), new Cell(2, "A"), new Cell(1, "B"), new Cell(0, ""), new Cell(-7, "Z")),
            List.of(100L, 200L, -1L, 0L, Long.MAX_VALUE),
            i -> new Cell(-1_000_000 - i, "filler"),
            true,
            false);

    static final List<MapKind<?, ?>> ALL = List.of(LONG_STRING, STRING_STRING, INT_INT, DOUBLE, CELL);

    Map<K, V> create() {
        return factory.apply(0);
    }

    /** Throws IllegalStateException if the table of {@code map} breaks an invariant of the engine. */
    void checkInvariants(Map<K, V> map) {
        invariants.accept(map);
    }

    MapStats statsOf(Map<K, V> map) {
        return stats.apply(map);
    }

    @Override
    public String toString() {
        return name;
    }
}
