package dev.bucketmap.benchmarks.throughput;

import static dev.bucketmap.benchmarks.throughput.Cycle.BATCH;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.IntIntOps;
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

/** {@code int → int} maps, random keys; the same five operations as {@link LongStringBench}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IntIntBench {

    @State(Scope.Thread)
    public static class Data {
        @Param({"bucketmap", "floor", "fastutil", "eclipse", "hppc", "koloboke", "agrona", "hashmap"})
        public String map;

        @Param({"1000", "1000000"})
        public int size;

        Impl impl;
        int[] present;
        int[] values;

        @Setup(Level.Trial)
        public void generate() {
            impl = Impl.of(map);
            present = Keys.randomInts(size, false);
            values = Keys.intValues(size);
        }

        IntIntOps filled() {
            IntIntOps ops = impl.intInt();
            for (int i = 0; i < present.length; i++) {
                ops.put(present[i], values[i]);
            }
            if (ops.size() != size) {
                throw new IllegalStateException(map + " holds " + ops.size() + " entries, not " + size);
            }
            return ops;
        }
    }

    @State(Scope.Thread)
    public static class Filled {
        IntIntOps ops;
        int[] hits;
        int[] misses;
        Cycle cycle;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            int length = Cycle.lengthFor(data.size);
            int[] indexes = Keys.randomIndexes(length, data.size);
            hits = new int[length];
            for (int i = 0; i < length; i++) {
                hits[i] = data.present[indexes[i]];
            }
            misses = Keys.randomInts(length, true);
            cycle = new Cycle(length);
        }
    }

    @State(Scope.Thread)
    public static class Churn {
        IntIntOps ops;
        int[] live;
        int[] spare;
        int[] values;
        int next;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            live = data.present.clone();
            spare = Keys.randomInts(data.size, true);
            values = data.values;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long getHit(Filled s) {
        IntIntOps ops = s.ops;
        int[] keys = s.hits;
        int start = s.cycle.nextBatch();
        long sum = 0;
        for (int i = start; i < start + BATCH; i++) {
            sum += ops.get(keys[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long getMiss(Filled s) {
        IntIntOps ops = s.ops;
        int[] keys = s.misses;
        int start = s.cycle.nextBatch();
        long sum = 0;
        for (int i = start; i < start + BATCH; i++) {
            sum += ops.get(keys[i]);
        }
        return sum;
    }

    @Benchmark
    public IntIntOps build(Data data) {
        IntIntOps ops = data.impl.intInt();
        int[] keys = data.present;
        int[] values = data.values;
        for (int i = 0; i < keys.length; i++) {
            ops.put(keys[i], values[i]);
        }
        return ops;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void churn(Churn s) {
        IntIntOps ops = s.ops;
        int[] live = s.live;
        int[] spare = s.spare;
        int[] values = s.values;
        int j = s.next;
        for (int i = 0; i < BATCH; i++) {
            int out = live[j];
            int in = spare[j];
            ops.remove(out);
            ops.put(in, values[j]);
            live[j] = in;
            spare[j] = out;
            if (++j == live.length) {
                j = 0;
            }
        }
        s.next = j;
    }

    @Benchmark
    public long traverse(Filled s) {
        return s.ops.traverse();
    }
}
