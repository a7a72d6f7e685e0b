package dev.bucketmap.tests.generic;

import dev.bucketmap.BucketMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Maps whose key or value type is generic or an array: written as the user would write them. */
final class GenericKinds {
    private GenericKinds() {}

    /** A path of names to a count: key = List.class, written List<String> throughout. */
    @BucketMap(key = List.class, value = int.class)
    interface PathCounts {
        int get(List<String> path);

        int put(List<String> path, int count);

        int remove(List<String> path);

        int addValue(List<String> path, int delta);

        int computeIfAbsent(List<String> path, ToIntFunction<List<String>> fn);

        void forEach(BiConsumer<List<String>, Integer> action);

        List<String>[] keys();

        int[] values();

        int size();

        Cursor cursor();

        interface Cursor {
            boolean next();

            List<String> key();

            int value();

            void remove();
        }
    }

    /** The same key type as a drop-in java.util.Map. */
    @BucketMap(key = List.class, value = String.class)
    interface PathNames extends Map<List<String>, String> {
        String get(List<String> path);
    }

    /** Array values: value = long[].class, so values() is a long[][]. */
    @BucketMap(key = long.class, value = long[].class)
    interface Samples {
        long[] get(long id);

        long[] put(long id, long[] samples);

        long[][] values();

        long[] keys();

        int size();
    }

    /** Generic values with values(): a List<String>[]. */
    @BucketMap(key = long.class, value = List.class)
    interface Tags {
        List<String> get(long id);

        List<String> put(long id, List<String> tags);

        List<String> computeIfAbsent(long id, Function<Long, List<String>> fn);

        List<String>[] values();

        int size();
    }

    /** String arrays as values. */
    @BucketMap(key = String.class, value = String[].class)
    interface Aliases {
        String[] get(String name);

        String[] put(String name, String[] aliases);

        String[][] values();

        int size();
    }
}
