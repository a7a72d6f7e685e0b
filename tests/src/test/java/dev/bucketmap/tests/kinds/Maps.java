package dev.bucketmap.tests.kinds;

import dev.bucketmap.BucketMap;
import java.io.Serializable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The generated combinations under test: together they cover every key kind (byte, short,
 * char, int, long, float, double; String, a record, an enum) and every value kind (the eight
 * primitives; String and a boxed Double as reference values). Each declares every form of the
 * contract that applies to it. The functional parameters vary on purpose: the interface's own
 * primitive interfaces, {@code java.util.function} primitive specialisations, and boxed
 * {@code java.util.function} types (with and without wildcards).
 */
final class Maps {
    private Maps() {}

    /** A record key (equal records are one key); hashCode collisions are likely on purpose. */
    record Pt(int x, short y) implements Serializable {}

    /** An enum key: hashCode() is the identity hash. */
    enum Color {
        RED,
        ORANGE,
        YELLOW,
        GREEN,
        BLUE,
        INDIGO,
        VIOLET,
        BLACK,
        WHITE,
        GREY,
        CYAN,
        MAGENTA,
        BROWN,
        PINK,
        OLIVE,
        NAVY,
        TEAL,
        MAROON,
        LIME,
        AQUA,
        SILVER,
        GOLD,
        BEIGE,
        KHAKI
    }

    // ---- byte -> boolean: own functional interfaces, no addValue (boolean is not numeric)

    @BucketMap(key = byte.class, value = boolean.class)
    interface ByteBoolean {
        boolean get(byte key);

        boolean getOrDefault(byte key, boolean dflt);

        boolean containsKey(byte key);

        boolean containsValue(boolean value);

        int size();

        boolean isEmpty();

        void clear();

        boolean put(byte key, boolean value);

        boolean putIfAbsent(byte key, boolean value);

        boolean remove(byte key);

        boolean remove(byte key, boolean value);

        boolean replace(byte key, boolean value);

        boolean replace(byte key, boolean oldValue, boolean newValue);

        boolean computeIfAbsent(byte key, KeyFn fn);

        boolean computeIfPresent(byte key, EntryFn fn);

        boolean compute(byte key, EntryFn fn);

        boolean merge(byte key, boolean value, ValuesFn fn);

        void forEach(EntryAction action);

        void forEachKey(KeyAction action);

        void forEachValue(ValueAction action);

        boolean removeIf(EntryTest filter);

        byte[] keys();

        boolean[] values();

        Cursor cursor();

        interface KeyFn {
            boolean apply(byte key);
        }

        interface EntryFn {
            boolean apply(byte key, boolean value);
        }

        interface ValuesFn {
            boolean apply(boolean a, boolean b);
        }

        interface EntryAction {
            void accept(byte key, boolean value);
        }

        interface KeyAction {
            void accept(byte key);
        }

        interface ValueAction {
            void accept(boolean value);
        }

        interface EntryTest {
            boolean test(byte key, boolean value);
        }

        interface Cursor {
            boolean next();

            byte key();

            boolean value();

            void setValue(boolean v);

            void remove();
        }
    }

    // ---- short -> char: boxed java.util.function types

    @BucketMap(key = short.class, value = char.class)
    interface ShortChar {
        char get(short key);

        char getOrDefault(short key, char dflt);

        boolean containsKey(short key);

        boolean containsValue(char value);

        int size();

        boolean isEmpty();

        void clear();

        char put(short key, char value);

        char putIfAbsent(short key, char value);

        char remove(short key);

        boolean remove(short key, char value);

        char replace(short key, char value);

        boolean replace(short key, char oldValue, char newValue);

        char computeIfAbsent(short key, Function<Short, Character> fn);

        char computeIfPresent(short key, BiFunction<Short, Character, Character> fn);

        char compute(short key, BiFunction<? super Short, ? super Character, ? extends Character> fn);

        char merge(short key, char value, BinaryOperator<Character> fn);

        char addValue(short key, char delta);

        void forEach(BiConsumer<Short, Character> action);

        void forEachKey(Consumer<Short> action);

        void forEachValue(Consumer<? super Character> action);

        boolean removeIf(BiPredicate<? super Short, ? super Character> filter);

        short[] keys();

        char[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            short key();

            char value();

            void setValue(char v);

            void remove();
        }
    }

    // ---- char -> byte: own functional interfaces

    @BucketMap(key = char.class, value = byte.class)
    interface CharByte {
        byte get(char key);

        byte getOrDefault(char key, byte dflt);

        boolean containsKey(char key);

        boolean containsValue(byte value);

        int size();

        boolean isEmpty();

        void clear();

        byte put(char key, byte value);

        byte putIfAbsent(char key, byte value);

        byte remove(char key);

        boolean remove(char key, byte value);

        byte replace(char key, byte value);

        boolean replace(char key, byte oldValue, byte newValue);

        byte computeIfAbsent(char key, KeyFn fn);

        byte computeIfPresent(char key, EntryFn fn);

        byte compute(char key, EntryFn fn);

        byte merge(char key, byte value, ValuesFn fn);

        byte addValue(char key, byte delta);

        void forEach(EntryAction action);

        void forEachKey(KeyAction action);

        void forEachValue(ValueAction action);

        boolean removeIf(EntryTest filter);

        char[] keys();

        byte[] values();

        Cursor cursor();

        interface KeyFn {
            byte apply(char key);
        }

        interface EntryFn {
            byte apply(char key, byte value);
        }

        interface ValuesFn {
            byte apply(byte a, byte b);
        }

        interface EntryAction {
            void accept(char key, byte value);
        }

        interface KeyAction {
            void accept(char key);
        }

        interface ValueAction {
            void accept(byte value);
        }

        interface EntryTest {
            boolean test(char key, byte value);
        }

        interface Cursor {
            boolean next();

            char key();

            byte value();

            void setValue(byte v);

            void remove();
        }
    }

    // ---- int -> int: java.util.function primitive specialisations

    @BucketMap(key = int.class, value = int.class)
    interface IntInt {
        int get(int key);

        int getOrDefault(int key, int dflt);

        boolean containsKey(int key);

        boolean containsValue(int value);

        int size();

        boolean isEmpty();

        void clear();

        int put(int key, int value);

        int putIfAbsent(int key, int value);

        int remove(int key);

        boolean remove(int key, int value);

        int replace(int key, int value);

        boolean replace(int key, int oldValue, int newValue);

        int computeIfAbsent(int key, IntUnaryOperator fn);

        int computeIfPresent(int key, IntBinaryOperator fn);

        int compute(int key, IntBinaryOperator fn);

        int merge(int key, int value, IntBinaryOperator fn);

        int addValue(int key, int delta);

        void forEach(BiConsumer<Integer, Integer> action);

        void forEachKey(IntConsumer action);

        void forEachValue(IntConsumer action);

        boolean removeIf(BiPredicate<Integer, Integer> filter);

        int[] keys();

        int[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            int key();

            int value();

            void setValue(int v);

            void remove();
        }
    }

    // ---- int -> int whose absent value is -1

    @BucketMap(key = int.class, value = int.class)
    interface IntIntMinusOne {
        int get(int key);

        int getOrDefault(int key, int dflt);

        boolean containsKey(int key);

        boolean containsValue(int value);

        int size();

        boolean isEmpty();

        void clear();

        int put(int key, int value);

        int putIfAbsent(int key, int value);

        int remove(int key);

        boolean remove(int key, int value);

        int replace(int key, int value);

        boolean replace(int key, int oldValue, int newValue);

        int computeIfAbsent(int key, IntUnaryOperator fn);

        int computeIfPresent(int key, IntBinaryOperator fn);

        int compute(int key, IntBinaryOperator fn);

        int merge(int key, int value, IntBinaryOperator fn);

        int addValue(int key, int delta);

        void forEach(BiConsumer<Integer, Integer> action);

        void forEachKey(IntConsumer action);

        void forEachValue(IntConsumer action);

        boolean removeIf(BiPredicate<Integer, Integer> filter);

        int[] keys();

        int[] values();

        Cursor cursor();

        default int defaultValue() {
            return -1;
        }

        interface Cursor {
            boolean next();

            int key();

            int value();

            void setValue(int v);

            void remove();
        }
    }

    // ---- long -> long: java.util.function primitive specialisations

    @BucketMap(key = long.class, value = long.class)
    interface LongLong {
        long get(long key);

        long getOrDefault(long key, long dflt);

        boolean containsKey(long key);

        boolean containsValue(long value);

        int size();

        boolean isEmpty();

        void clear();

        long put(long key, long value);

        long putIfAbsent(long key, long value);

        long remove(long key);

        boolean remove(long key, long value);

        long replace(long key, long value);

        boolean replace(long key, long oldValue, long newValue);

        long computeIfAbsent(long key, LongUnaryOperator fn);

        long computeIfPresent(long key, LongBinaryOperator fn);

        long compute(long key, LongBinaryOperator fn);

        long merge(long key, long value, LongBinaryOperator fn);

        long addValue(long key, long delta);

        void forEach(BiConsumer<Long, Long> action);

        void forEachKey(LongConsumer action);

        void forEachValue(LongConsumer action);

        boolean removeIf(BiPredicate<Long, Long> filter);

        long[] keys();

        long[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            long key();

            long value();

            void setValue(long v);

            void remove();
        }
    }

    // ---- float -> float: own functional interfaces

    @BucketMap(key = float.class, value = float.class)
    interface FloatFloat {
        float get(float key);

        float getOrDefault(float key, float dflt);

        boolean containsKey(float key);

        boolean containsValue(float value);

        int size();

        boolean isEmpty();

        void clear();

        float put(float key, float value);

        float putIfAbsent(float key, float value);

        float remove(float key);

        boolean remove(float key, float value);

        float replace(float key, float value);

        boolean replace(float key, float oldValue, float newValue);

        float computeIfAbsent(float key, KeyFn fn);

        float computeIfPresent(float key, EntryFn fn);

        float compute(float key, EntryFn fn);

        float merge(float key, float value, ValuesFn fn);

        float addValue(float key, float delta);

        void forEach(EntryAction action);

        void forEachKey(KeyAction action);

        void forEachValue(ValueAction action);

        boolean removeIf(EntryTest filter);

        float[] keys();

        float[] values();

        Cursor cursor();

        interface KeyFn {
            float apply(float key);
        }

        interface EntryFn {
            float apply(float key, float value);
        }

        interface ValuesFn {
            float apply(float a, float b);
        }

        interface EntryAction {
            void accept(float key, float value);
        }

        interface KeyAction {
            void accept(float key);
        }

        interface ValueAction {
            void accept(float value);
        }

        interface EntryTest {
            boolean test(float key, float value);
        }

        interface Cursor {
            boolean next();

            float key();

            float value();

            void setValue(float v);

            void remove();
        }
    }

    // ---- double -> double: java.util.function primitive specialisations

    @BucketMap(key = double.class, value = double.class)
    interface DoubleDouble {
        double get(double key);

        double getOrDefault(double key, double dflt);

        boolean containsKey(double key);

        boolean containsValue(double value);

        int size();

        boolean isEmpty();

        void clear();

        double put(double key, double value);

        double putIfAbsent(double key, double value);

        double remove(double key);

        boolean remove(double key, double value);

        double replace(double key, double value);

        boolean replace(double key, double oldValue, double newValue);

        double computeIfAbsent(double key, DoubleUnaryOperator fn);

        double computeIfPresent(double key, DoubleBinaryOperator fn);

        double compute(double key, DoubleBinaryOperator fn);

        double merge(double key, double value, DoubleBinaryOperator fn);

        double addValue(double key, double delta);

        void forEach(BiConsumer<Double, Double> action);

        void forEachKey(DoubleConsumer action);

        void forEachValue(DoubleConsumer action);

        boolean removeIf(BiPredicate<Double, Double> filter);

        double[] keys();

        double[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            double key();

            double value();

            void setValue(double v);

            void remove();
        }
    }

    // ---- double -> float: own functional interfaces (the cursor test's map)

    @BucketMap(key = double.class, value = float.class)
    interface DoubleFloat {
        float get(double key);

        float getOrDefault(double key, float dflt);

        boolean containsKey(double key);

        boolean containsValue(float value);

        int size();

        boolean isEmpty();

        void clear();

        float put(double key, float value);

        float putIfAbsent(double key, float value);

        float remove(double key);

        boolean remove(double key, float value);

        float replace(double key, float value);

        boolean replace(double key, float oldValue, float newValue);

        float computeIfAbsent(double key, KeyFn fn);

        float computeIfPresent(double key, EntryFn fn);

        float compute(double key, EntryFn fn);

        float merge(double key, float value, ValuesFn fn);

        float addValue(double key, float delta);

        void forEach(EntryAction action);

        void forEachKey(KeyAction action);

        void forEachValue(ValueAction action);

        boolean removeIf(EntryTest filter);

        double[] keys();

        float[] values();

        Cursor cursor();

        interface KeyFn {
            float apply(double key);
        }

        interface EntryFn {
            float apply(double key, float value);
        }

        interface ValuesFn {
            float apply(float a, float b);
        }

        interface EntryAction {
            void accept(double key, float value);
        }

        interface KeyAction {
            void accept(double key);
        }

        interface ValueAction {
            void accept(float value);
        }

        interface EntryTest {
            boolean test(double key, float value);
        }

        interface Cursor {
            boolean next();

            double key();

            float value();

            void setValue(float v);

            void remove();
        }
    }

    // ---- String -> int: a mix of java.util.function primitive and boxed types

    @BucketMap(key = String.class, value = int.class)
    interface StringInt {
        int get(String key);

        int getOrDefault(String key, int dflt);

        boolean containsKey(String key);

        boolean containsValue(int value);

        int size();

        boolean isEmpty();

        void clear();

        int put(String key, int value);

        int putIfAbsent(String key, int value);

        int remove(String key);

        boolean remove(String key, int value);

        int replace(String key, int value);

        boolean replace(String key, int oldValue, int newValue);

        int computeIfAbsent(String key, ToIntFunction<String> fn);

        int computeIfPresent(String key, BiFunction<String, Integer, Integer> fn);

        int compute(String key, BiFunction<String, Integer, Integer> fn);

        int merge(String key, int value, IntBinaryOperator fn);

        int addValue(String key, int delta);

        void forEach(ObjIntConsumer<String> action);

        void forEachKey(Consumer<String> action);

        void forEachValue(IntConsumer action);

        boolean removeIf(BiPredicate<String, Integer> filter);

        String[] keys();

        int[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            String key();

            int value();

            void setValue(int v);

            void remove();
        }
    }

    // ---- String -> String: boxed java.util.function types; null keys and null values

    @BucketMap(key = String.class, value = String.class)
    interface StringString {
        String get(String key);

        String getOrDefault(String key, String dflt);

        boolean containsKey(String key);

        boolean containsValue(String value);

        int size();

        boolean isEmpty();

        void clear();

        String put(String key, String value);

        String putIfAbsent(String key, String value);

        String remove(String key);

        boolean remove(String key, String value);

        String replace(String key, String value);

        boolean replace(String key, String oldValue, String newValue);

        String computeIfAbsent(String key, Function<? super String, ? extends String> fn);

        String computeIfPresent(String key, BiFunction<String, String, String> fn);

        String compute(String key, BiFunction<String, String, String> fn);

        String merge(String key, String value, BiFunction<String, String, String> fn);

        void forEach(BiConsumer<String, String> action);

        void forEachKey(Consumer<String> action);

        void forEachValue(Consumer<String> action);

        boolean removeIf(BiPredicate<String, String> filter);

        String[] keys();

        String[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            String key();

            String value();

            void setValue(String v);

            void remove();
        }
    }

    // ---- record -> short: own functional interfaces

    @BucketMap(key = Pt.class, value = short.class)
    interface PtShort {
        short get(Pt key);

        short getOrDefault(Pt key, short dflt);

        boolean containsKey(Pt key);

        boolean containsValue(short value);

        int size();

        boolean isEmpty();

        void clear();

        short put(Pt key, short value);

        short putIfAbsent(Pt key, short value);

        short remove(Pt key);

        boolean remove(Pt key, short value);

        short replace(Pt key, short value);

        boolean replace(Pt key, short oldValue, short newValue);

        short computeIfAbsent(Pt key, KeyFn fn);

        short computeIfPresent(Pt key, EntryFn fn);

        short compute(Pt key, EntryFn fn);

        short merge(Pt key, short value, ValuesFn fn);

        short addValue(Pt key, short delta);

        void forEach(EntryAction action);

        void forEachKey(KeyAction action);

        void forEachValue(ValueAction action);

        boolean removeIf(EntryTest filter);

        Pt[] keys();

        short[] values();

        Cursor cursor();

        interface KeyFn {
            short apply(Pt key);
        }

        interface EntryFn {
            short apply(Pt key, short value);
        }

        interface ValuesFn {
            short apply(short a, short b);
        }

        interface EntryAction {
            void accept(Pt key, short value);
        }

        interface KeyAction {
            void accept(Pt key);
        }

        interface ValueAction {
            void accept(short value);
        }

        interface EntryTest {
            boolean test(Pt key, short value);
        }

        interface Cursor {
            boolean next();

            Pt key();

            short value();

            void setValue(short v);

            void remove();
        }
    }

    // ---- enum -> long: boxed and primitive java.util.function types; a read-only cursor

    @BucketMap(key = Color.class, value = long.class)
    interface ColorLong {
        long get(Color key);

        long getOrDefault(Color key, long dflt);

        boolean containsKey(Color key);

        boolean containsValue(long value);

        int size();

        boolean isEmpty();

        void clear();

        long put(Color key, long value);

        long putIfAbsent(Color key, long value);

        long remove(Color key);

        boolean remove(Color key, long value);

        long replace(Color key, long value);

        boolean replace(Color key, long oldValue, long newValue);

        long computeIfAbsent(Color key, ToLongFunction<Color> fn);

        long computeIfPresent(Color key, BiFunction<Color, Long, Long> fn);

        long compute(Color key, BiFunction<Color, Long, Long> fn);

        long merge(Color key, long value, LongBinaryOperator fn);

        long addValue(Color key, long delta);

        void forEach(BiConsumer<Color, Long> action);

        void forEachKey(Consumer<Color> action);

        void forEachValue(LongConsumer action);

        boolean removeIf(BiPredicate<Color, Long> filter);

        Color[] keys();

        long[] values();

        ReadCursor cursor();

        interface ReadCursor {
            boolean next();

            Color key();

            long value();
        }
    }

    // ---- int -> String

    @BucketMap(key = int.class, value = String.class)
    interface IntString {
        String get(int key);

        String getOrDefault(int key, String dflt);

        boolean containsKey(int key);

        boolean containsValue(String value);

        int size();

        boolean isEmpty();

        void clear();

        String put(int key, String value);

        String putIfAbsent(int key, String value);

        String remove(int key);

        boolean remove(int key, String value);

        String replace(int key, String value);

        boolean replace(int key, String oldValue, String newValue);

        String computeIfAbsent(int key, IntFunction<String> fn);

        String computeIfPresent(int key, BiFunction<Integer, String, String> fn);

        String compute(int key, BiFunction<Integer, String, String> fn);

        String merge(int key, String value, BinaryOperator<String> fn);

        void forEach(BiConsumer<Integer, String> action);

        void forEachKey(IntConsumer action);

        void forEachValue(Consumer<String> action);

        boolean removeIf(BiPredicate<Integer, String> filter);

        int[] keys();

        String[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            int key();

            String value();

            void setValue(String v);

            void remove();
        }
    }

    // ---- long -> Double: a boxed reference value (null allowed, NaN and -0.0 by equals)

    @BucketMap(key = long.class, value = Double.class)
    interface LongBoxedDouble {
        Double get(long key);

        Double getOrDefault(long key, Double dflt);

        boolean containsKey(long key);

        boolean containsValue(Double value);

        int size();

        boolean isEmpty();

        void clear();

        Double put(long key, Double value);

        Double putIfAbsent(long key, Double value);

        Double remove(long key);

        boolean remove(long key, Double value);

        Double replace(long key, Double value);

        boolean replace(long key, Double oldValue, Double newValue);

        Double computeIfAbsent(long key, Function<Long, Double> fn);

        Double computeIfPresent(long key, BiFunction<Long, Double, Double> fn);

        Double compute(long key, BiFunction<Long, Double, Double> fn);

        Double merge(long key, Double value, BinaryOperator<Double> fn);

        void forEach(BiConsumer<Long, Double> action);

        void forEachKey(LongConsumer action);

        void forEachValue(Consumer<Double> action);

        boolean removeIf(BiPredicate<Long, Double> filter);

        long[] keys();

        Double[] values();

        Cursor cursor();

        interface Cursor {
            boolean next();

            long key();

            Double value();

            void setValue(Double v);

            void remove();
        }
    }

    // ---- absent values from defaultValue(): true for booleans, NaN for doubles

    @BucketMap(key = String.class, value = boolean.class)
    interface StringBooleanTrue {
        boolean get(String key);

        boolean getOrDefault(String key, boolean dflt);

        boolean containsKey(String key);

        int size();

        boolean put(String key, boolean value);

        boolean putIfAbsent(String key, boolean value);

        boolean remove(String key);

        boolean replace(String key, boolean value);

        boolean computeIfAbsent(String key, Function<String, Boolean> fn);

        boolean computeIfPresent(String key, BiFunction<String, Boolean, Boolean> fn);

        boolean compute(String key, BiFunction<String, Boolean, Boolean> fn);

        default boolean defaultValue() {
            return true;
        }
    }

    @BucketMap(key = float.class, value = double.class)
    interface FloatDoubleNaN {
        double get(float key);

        double getOrDefault(float key, double dflt);

        boolean containsKey(float key);

        boolean containsValue(double value);

        int size();

        double put(float key, double value);

        double remove(float key);

        boolean remove(float key, double value);

        double addValue(float key, double delta);

        double compute(float key, BiFunction<Float, Double, Double> fn);

        double merge(float key, double value, DoubleBinaryOperator fn);

        double[] values();

        default double defaultValue() {
            return Double.NaN;
        }
    }
}
