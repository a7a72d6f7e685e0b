package golden;

import dev.bucketmap.BucketMap;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/** The primitive golden input: int keys to int values, with a default value of -1. */
@BucketMap(key = int.class, value = int.class)
public interface Counts {
  int get(int key);

  int getOrDefault(int key, int dflt);

  boolean containsKey(int key);

  int put(int key, int value);

  int remove(int key);

  int addValue(int key, int delta);

  int computeIfAbsent(int key, IntUnaryOperator fn);

  int merge(int key, int value, IntBinaryOperator fn);

  void forEachKey(IntConsumer action);

  int size();

  void clear();

  int[] keys();

  Cursor cursor();

  default int defaultValue() {
    return -1;
  }

  /** Allocation-free iteration. */
  interface Cursor {
    boolean next();

    int key();

    int value();

    void setValue(int value);
  }
}
