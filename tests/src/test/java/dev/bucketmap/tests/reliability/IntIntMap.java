package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** Primitive keys and values, with every write form and a cursor. */
@BucketMap(key = int.class, value = int.class)
interface IntIntMap {
    int get(int key);

    boolean containsKey(int key);

    int put(int key, int value);

    int remove(int key);

    int addValue(int key, int delta);

    int computeIfAbsent(int key, IntUnaryOperator fn);

    int computeIfPresent(int key, IntBinaryOperator fn);

    int compute(int key, IntBinaryOperator fn);

    int merge(int key, int value, IntBinaryOperator fn);

    void forEach(IntIntAction action);

    boolean removeIf(IntIntTest filter);

    int[] keys();

    int size();

    void clear();

    Cursor cursor();

    interface IntIntAction {
        void accept(int key, int value);
    }

    interface IntIntTest {
        boolean test(int key, int value);
    }

    interface Cursor {
        boolean next();

        int key();

        int value();

        void setValue(int value);

        void remove();
    }
}
