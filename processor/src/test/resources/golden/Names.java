package golden;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/** The reference golden input: String keys to String values. */
@BucketMap(key = String.class, value = String.class)
public interface Names {
  String get(String key);

  boolean containsValue(String value);

  String put(String key, String value);

  String putIfAbsent(String key, String value);

  String remove(String key);

  boolean replace(String key, String oldValue, String newValue);

  String compute(String key, BiFunction<String, String, String> fn);

  void forEach(BiConsumer<String, String> action);

  boolean removeIf(BiPredicate<String, String> filter);

  boolean isEmpty();

  String[] values();

  Cursor cursor();

  /** Allocation-free iteration with removal. */
  interface Cursor {
    boolean next();

    String key();

    String value();

    void remove();
  }
}
