package dev.bucketmap.benchmarks.throughput;

import static dev.bucketmap.benchmarks.throughput.Cycle.BATCH;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.StringIntOps;
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

/** {@code String → int} maps, random keys of 1 to 13 characters; the same five operations as {@link LongStringBench}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StringIntBench {

    @State(Scope.Thread)
    public static class Data {
        @Param({"bucketmap", "floor", "fastutil", "eclipse", "hppc", "koloboke", "agrona", "hashmap"})
        public String map;

        @Param({"1000", "1000000"})
        public int size;

        Impl impl;
        String[] present;
        int[] values;

        @Setup(Level.Trial)
        public void generate() {
            impl = Impl.of(map);
            present = Keys.randomStrings(size, false);
            values = Keys.intValues(size);
        }

        StringIntOps filled() {
            StringIntOps ops = impl.stringInt();
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
        StringIntOps ops;
        String[] hits;
        String[] misses;
        Cycle cycle;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            int length = Cycle.lengthFor(data.size);
            int[] indexes = Keys.randomIndexes(length, data.size);
            hits = new String[length];
            for (int i = 0; i < length; i++) {
                // An equal copy, as a key parsed from input would be: equals() compares characters.
                hits[i] = new String(data.present[indexes[i]]);
            }
            misses = Keys.randomStrings(length, true);
            cycle = new Cycle(length);
        }
    }

    @State(Scope.Thread)
    public static class Churn {
        StringIntOps ops;
        String[] live;
        String[] spare;
        int[] values;
        int next;

        @Setup(Level.Trial)
        public void fill(Data data) {
            ops = data.filled();
            live = data.present.clone();
            spare = Keys.randomStrings(data.size, true);
            values = data.values;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long getHit(Filled s) {
        StringIntOps ops = s.ops;
        String[] keys = s.hits;
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
        StringIntOps ops = s.ops;
        String[] keys = s.misses;
        int start = s.cycle.nextBatch();
        long sum = 0;
        for (int i = start; i < start + BATCH; i++) {
            sum += ops.get(keys[i]);
        }
        return sum;
    }

    @Benchmark
    public StringIntOps build(Data data) {
        StringIntOps ops = data.impl.stringInt();
        String[] keys = data.present;
        int[] values = data.values;
        for (int i = 0; i < keys.length; i++) {
            ops.put(keys[i], values[i]);
        }
        return ops;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void churn(Churn s) {
        StringIntOps ops = s.ops;
        String[] live = s.live;
        String[] spare = s.spare;
        int[] values = s.values;
        int j = s.next;
        for (int i = 0; i < BATCH; i++) {
            String out = live[j];
            String in = spare[j];
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
