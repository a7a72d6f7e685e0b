package dev.bucketmap.benchmarks.throughput;

import static dev.bucketmap.benchmarks.throughput.Cycle.BATCH;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.LongStringOps;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code long → String} maps: lookups that hit and miss, building from empty, churn at a
 * constant size, and a full traversal. The {@code map} parameter picks the library; each
 * fork creates maps of that one library only, so every call site here stays monomorphic.
 *
 * <p>{@code build} and {@code traverse} report the time of a whole map (one build of
 * {@code size} inserts, one walk over {@code size} entries); the report divides by
 * {@code size}. The other benchmarks report per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LongStringBench {

    /** The parameters and the keys. */
    @State(Scope.Thread)
    public static class Data {
        @Param({"bucketmap", "floor", "fastutil", "eclipse", "hppc", "koloboke", "agrona", "hashmap"})
        public String map;

        @Param({"1000", "1000000", "10000000"})
        public int size;

        /** {@code random}: distinct random longs; {@code sequential}: ids 1..size. */
        @Param({"random", "sequential"})
        public String keys;

        Impl impl;
        long[] present;

        @Setup(Level.Trial)
        public void generate() {
            impl = Impl.of(map);
            present = keys(size, false);
        }

        /** {@code n} keys: present ones, or absent ones (after the present ids, when sequential). */
        long[] keys(int n, boolean absent) {
            return switch (keys) {
                case "random" -> Keys.randomLongs(n, absent);
                case "sequential" -> Keys.sequentialLongs(absent ? size + 1L : 1L, n);
                default -> throw new IllegalArgumentException("keys: random or sequential, not " + keys);
            };
        }

        LongStringOps filled() {
            LongStringOps ops = impl.longString();
            for (long key : present) {
                ops.put(key, Keys.VALUE);
            }
            if (ops.size() != size) {
                throw new IllegalStateException(map + " holds " + ops.size() + " entries, not " + size);
            }
            return ops;
        }
    }

    /** A map holding every present key, and lookups of present and absent keys in random order. */
    @State(Scope.Thread)
    public static class Filled {
        LongStringOps ops;
        long[] hits;
        long[] misses;
        Cycle cycle;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            int length = Cycle.lengthFor(data.size);
            int[] indexes = Keys.randomIndexes(length, data.size);
            hits = new long[length];
            for (int i = 0; i < length; i++) {
                hits[i] = data.present[indexes[i]];
            }
            misses = data.keys(length, true);
            cycle = new Cycle(length);
        }
    }

    /** A full map, and as many absent keys to swap in and out. */
    @State(Scope.Thread)
    public static class Churn {
        LongStringOps ops;
        long[] live;
        long[] spare;
        int next;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            live = data.present.clone();
            spare = data.keys(data.size, true);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int getHit(Filled s) {
        LongStringOps ops = s.ops;
        long[] keys = s.hits;
        int start = s.cycle.nextBatch();
        int found = 0;
        for (int i = start; i < start + BATCH; i++) {
            if (ops.get(keys[i]) != null) {
                found++;
            }
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int getMiss(Filled s) {
        LongStringOps ops = s.ops;
        long[] keys = s.misses;
        int start = s.cycle.nextBatch();
        int found = 0;
        for (int i = start; i < start + BATCH; i++) {
            if (ops.get(keys[i]) != null) {
                found++;
            }
        }
        return found;
    }

    /** Inserts every key into a new map that is not presized; time per map. */
    @Benchmark
    public LongStringOps build(Data data) {
        LongStringOps ops = data.impl.longString();
        for (long key : data.present) {
            ops.put(key, Keys.VALUE);
        }
        return ops;
    }

    /** Removes a present key and inserts an absent one, so the size stays constant; per remove+insert pair. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void churn(Churn s) {
        LongStringOps ops = s.ops;
        long[] live = s.live;
        long[] spare = s.spare;
        int j = s.next;
        for (int i = 0; i < BATCH; i++) {
            long out = live[j];
            long in = spare[j];
            ops.remove(out);
            ops.put(in, Keys.VALUE);
            live[j] = in;
            spare[j] = out;
            if (++j == live.length) {
                j = 0;
            }
        }
        s.next = j;
    }

    /** Visits every entry; time per map. */
    @Benchmark
    public long traverse(Filled s) {
        return s.ops.traverse();
    }
}
