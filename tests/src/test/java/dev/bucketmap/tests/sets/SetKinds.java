package dev.bucketmap.tests.sets;

import dev.bucketmap.BucketSet;
import dev.bucketmap.runtime.MapStats;
import dev.bucketmap.tests.Point;
import java.util.function.*;

/**
 * One {@code @BucketSet} interface per element kind, each with every set form: the primitive
 * kinds, {@code String} and a record. {@code int}, {@code long} and {@code double} take the
 * primitive functional interfaces, the others boxed ones.
 */
final class SetKinds {
    private SetKinds() {}

    @BucketSet(byte.class)
    interface Bytes {
        boolean add(byte e);

        boolean contains(byte e);

        boolean remove(byte e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<Byte> action);

        boolean removeIf(Predicate<Byte> filter);

        byte[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            byte element();

            void remove();
        }
    }

    @BucketSet(short.class)
    interface Shorts {
        boolean add(short e);

        boolean contains(short e);

        boolean remove(short e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<Short> action);

        boolean removeIf(Predicate<Short> filter);

        short[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            short element();

            void remove();
        }
    }

    @BucketSet(char.class)
    interface Chars {
        boolean add(char e);

        boolean contains(char e);

        boolean remove(char e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<Character> action);

        boolean removeIf(Predicate<Character> filter);

        char[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            char element();

            void remove();
        }
    }

    @BucketSet(int.class)
    interface Ints {
        boolean add(int e);

        boolean contains(int e);

        boolean remove(int e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(IntConsumer action);

        boolean removeIf(IntPredicate filter);

        int[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            int element();

            void remove();
        }
    }

    @BucketSet(long.class)
    interface Longs {
        boolean add(long e);

        boolean contains(long e);

        boolean remove(long e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(LongConsumer action);

        boolean removeIf(LongPredicate filter);

        long[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            long element();

            void remove();
        }
    }

    @BucketSet(float.class)
    interface Floats {
        boolean add(float e);

        boolean contains(float e);

        boolean remove(float e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<Float> action);

        boolean removeIf(Predicate<Float> filter);

        float[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            float element();

            void remove();
        }
    }

    @BucketSet(double.class)
    interface Doubles {
        boolean add(double e);

        boolean contains(double e);

        boolean remove(double e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(DoubleConsumer action);

        boolean removeIf(DoublePredicate filter);

        double[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            double element();

            void remove();
        }
    }

    @BucketSet(String.class)
    interface Strings {
        boolean add(String e);

        boolean contains(String e);

        boolean remove(String e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<String> action);

        boolean removeIf(Predicate<String> filter);

        String[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            String element();

            void remove();
        }
    }

    @BucketSet(Point.class)
    interface Points {
        boolean add(Point e);

        boolean contains(Point e);

        boolean remove(Point e);

        int size();

        boolean isEmpty();

        void clear();

        void forEach(Consumer<Point> action);

        boolean removeIf(Predicate<Point> filter);

        Point[] elements();

        Cursor cursor();

        MapStats stats();

        interface Cursor {
            boolean next();

            Point element();

            void remove();
        }
    }
}
