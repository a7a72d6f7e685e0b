package dev.bucketmap.tests;

/** User-defined functional interfaces, as a user of the generated maps might write them. */
final class Fns {
    private Fns() {}

    interface KeyToValue {
        String make(long key);
    }

    interface Remap {
        String apply(long key, String value);
    }

    interface Merger {
        String merge(String oldValue, String given);
    }

    interface EntryAction {
        void accept(long key, String value);
    }

    interface KeyAction {
        void run(long key);
    }

    interface ValueAction {
        void take(String value);
    }

    interface EntryTest {
        boolean test(long key, String value);
    }
}
