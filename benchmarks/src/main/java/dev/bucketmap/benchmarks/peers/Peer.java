package dev.bucketmap.benchmarks.peers;

import java.util.EnumSet;
import java.util.Set;

/** One library: creates a fresh, empty, not presized map of each kind behind its adapter. */
interface Peer {
    LongStringOps longString();

    IntIntOps intInt();

    StringIntOps stringInt();

    /** The kinds this library offers; the others throw {@link UnsupportedOperationException}. */
    default Set<Kind> kinds() {
        return EnumSet.allOf(Kind.class);
    }
}
