package dev.bucketmap.benchmarks.suite;

import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;

/** Rough wall times of the non-JMH parts on a quiet 2-core machine (from our runs), for the plan the suite prints first. */
final class Estimates {

    private Estimates() {}

    /** Building and walking every map at every size: about 1.2 µs per entry (mostly JOL walking HashMap's objects). */
    static double memory(Profile p) {
        long entries = p.memorySizes().stream().mapToLong(Integer::longValue).sum();
        int maps = 0;
        for (Kind kind : Kind.values()) {
            maps += Impl.supporting(kind).size();
        }
        return 5 + maps * entries * 1.2e-6;
    }

    /** Two JVMs per map (pre-touched or not): start and pre-touch, warm-up, and about 0.5 µs per timed insert. */
    static double pauses(Profile p) {
        return 2 * Impl.libraries(Kind.LONG_STRING).size() * (4 + p.pauseInserts() * 0.5e-6);
    }

    /** Most runs take milliseconds; the flooded ones run into the cap (about eight of them). */
    static double flooding(Profile p) {
        return 15 + 8 * p.floodCapSeconds();
    }
}
