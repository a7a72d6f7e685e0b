package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.LongFunction;

/** A record as the value type. */
@BucketMap(key = long.class, value = Point.class)
public interface PointMap {
    /** The cursor, declared inside the annotated interface. */
    interface Points {
        boolean next();

        long key();

        Point value();

        void setValue(Point value);
    }

    Point get(long key);

    Point put(long key, Point value);

    boolean remove(long key, Point value);

    boolean replace(long key, Point oldValue, Point newValue);

    Point computeIfAbsent(long key, LongFunction<Point> fn);

    Point merge(long key, Point value, BinaryOperator<Point> fn);

    boolean containsValue(Point value);

    int size();

    void forEach(BiConsumer<Long, Point> action);

    long[] keys();

    Point[] values();

    Points cursor();
}
