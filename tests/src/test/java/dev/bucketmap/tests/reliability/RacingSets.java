package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketSet;

/** The sets that {@link RacingSetWritesTest} races writers on. */
final class RacingSets {
    private RacingSets() {}

    @BucketSet(String.class)
    interface Strings {
        boolean add(String e);

        boolean remove(String e);

        void clear();

        int size();

        String[] elements();

        boolean contains(String e);
    }

    @BucketSet(int.class)
    interface Ints {
        boolean add(int e);

        boolean remove(int e);

        int size();

        int[] elements();

        boolean contains(int e);

        Cursor cursor();

        interface Cursor {
            boolean next();

            int element();

            void remove();
        }
    }
}
