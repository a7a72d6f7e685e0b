package dev.bucketmap.tests.kinds;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** One generated combination: how to make its maps, and the domains of its keys and values. */
final class Combo<K, V> {
    final String name;
    final Class<?> iface;
    final Domain<K> keys;
    final Domain<V> values;
    /** What the map returns for a missing key: null, 0/false, or its defaultValue(). */
    final V absent;

    private final Supplier<Object> create;
    private final IntFunction<Object> presized;

    Combo(
            String name,
            Class<?> iface,
            Domain<K> keys,
            Domain<V> values,
            V absent,
            Supplier<Object> create,
            IntFunction<Object> presized) {
        this.name = name;
        this.iface = iface;
        this.keys = keys;
        this.values = values;
        this.absent = absent;
        this.create = create;
        this.presized = presized;
    }

    KindOps<K, V> create() {
        return wrap(create.get());
    }

    KindOps<K, V> create(int expectedSize) {
        return wrap(presized.apply(expectedSize));
    }

    KindOps<K, V> wrap(Object map) {
        return new ReflectiveOps<>(iface, map);
    }

    boolean referenceValues() {
        return !values.type.isPrimitive();
    }

    /** Whether the map can hold {@code n} distinct keys (small key kinds cannot hold many). */
    boolean holds(int n) {
        return keys.capacity >= n;
    }

    @Override
    public String toString() {
        return name;
    }

    // ---------------------------------------------------------------- the combinations

    static final Combo<Byte, Boolean> BYTE_BOOLEAN = new Combo<>(
            "byte->boolean",
            Maps.ByteBoolean.class,
            Domain.BYTE,
            Domain.BOOLEAN,
            false,
            BucketMap_Maps_ByteBoolean::new,
            BucketMap_Maps_ByteBoolean::new);
    static final Combo<Short, Character> SHORT_CHAR = new Combo<>(
            "short->char",
            Maps.ShortChar.class,
            Domain.SHORT,
            Domain.CHAR,
            '\0',
            BucketMap_Maps_ShortChar::new,
            BucketMap_Maps_ShortChar::new);
    static final Combo<Character, Byte> CHAR_BYTE = new Combo<>(
            "char->byte",
            Maps.CharByte.class,
            Domain.CHAR,
            Domain.BYTE,
            (byte) 0,
            BucketMap_Maps_CharByte::new,
            BucketMap_Maps_CharByte::new);
    static final Combo<Integer, Integer> INT_INT = new Combo<>(
            "int->int",
            Maps.IntInt.class,
            Domain.INT,
            Domain.INT,
            0,
            BucketMap_Maps_IntInt::new,
            BucketMap_Maps_IntInt::new);
    static final Combo<Integer, Integer> INT_INT_MINUS_ONE = new Combo<>(
            "int->int (defaultValue -1)",
            Maps.IntIntMinusOne.class,
            Domain.INT,
            Domain.INT,
            -1,
            BucketMap_Maps_IntIntMinusOne::new,
            BucketMap_Maps_IntIntMinusOne::new);
    static final Combo<Long, Long> LONG_LONG = new Combo<>(
            "long->long",
            Maps.LongLong.class,
            Domain.LONG,
            Domain.LONG,
            0L,
            BucketMap_Maps_LongLong::new,
            BucketMap_Maps_LongLong::new);
    static final Combo<Float, Float> FLOAT_FLOAT = new Combo<>(
            "float->float",
            Maps.FloatFloat.class,
            Domain.FLOAT,
            Domain.FLOAT,
            0.0f,
            BucketMap_Maps_FloatFloat::new,
            BucketMap_Maps_FloatFloat::new);
    static final Combo<Double, Double> DOUBLE_DOUBLE = new Combo<>(
            "double->double",
            Maps.DoubleDouble.class,
            Domain.DOUBLE,
            Domain.DOUBLE,
            0.0,
            BucketMap_Maps_DoubleDouble::new,
            BucketMap_Maps_DoubleDouble::new);
    static final Combo<Double, Float> DOUBLE_FLOAT = new Combo<>(
            "double->float",
            Maps.DoubleFloat.class,
            Domain.DOUBLE,
            Domain.FLOAT,
            0.0f,
            BucketMap_Maps_DoubleFloat::new,
            BucketMap_Maps_DoubleFloat::new);
    static final Combo<String, Integer> STRING_INT = new Combo<>(
            "String->int",
            Maps.StringInt.class,
            Domain.STRING_KEY,
            Domain.INT,
            0,
            BucketMap_Maps_StringInt::new,
            BucketMap_Maps_StringInt::new);
    static final Combo<String, String> STRING_STRING = new Combo<>(
            "String->String",
            Maps.StringString.class,
            Domain.STRING_KEY,
            Domain.STRING_VALUE,
            null,
            BucketMap_Maps_StringString::new,
            BucketMap_Maps_StringString::new);
    static final Combo<Maps.Pt, Short> PT_SHORT = new Combo<>(
            "record->short",
            Maps.PtShort.class,
            Domain.PT,
            Domain.SHORT,
            (short) 0,
            BucketMap_Maps_PtShort::new,
            BucketMap_Maps_PtShort::new);
    static final Combo<Maps.Color, Long> COLOR_LONG = new Combo<>(
            "enum->long",
            Maps.ColorLong.class,
            Domain.COLOR,
            Domain.LONG,
            0L,
            BucketMap_Maps_ColorLong::new,
            BucketMap_Maps_ColorLong::new);
    static final Combo<Integer, String> INT_STRING = new Combo<>(
            "int->String",
            Maps.IntString.class,
            Domain.INT,
            Domain.STRING_VALUE,
            null,
            BucketMap_Maps_IntString::new,
            BucketMap_Maps_IntString::new);
    static final Combo<Long, Double> LONG_BOXED_DOUBLE = new Combo<>(
            "long->Double",
            Maps.LongBoxedDouble.class,
            Domain.LONG,
            Domain.BOXED_DOUBLE,
            null,
            BucketMap_Maps_LongBoxedDouble::new,
            BucketMap_Maps_LongBoxedDouble::new);

    /** Every key kind and every value kind at least once. */
    static final List<Combo<?, ?>> ALL = List.of(
            BYTE_BOOLEAN,
            SHORT_CHAR,
            CHAR_BYTE,
            INT_INT,
            INT_INT_MINUS_ONE,
            LONG_LONG,
            FLOAT_FLOAT,
            DOUBLE_DOUBLE,
            DOUBLE_FLOAT,
            STRING_INT,
            STRING_STRING,
            PT_SHORT,
            COLOR_LONG,
            INT_STRING,
            LONG_BOXED_DOUBLE);

    static List<Combo<?, ?>> all() {
        return ALL;
    }
}
