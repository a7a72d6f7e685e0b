package dev.bucketmap.benchmarks.wordcount;

import dev.bucketmap.benchmarks.data.Words;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.StringIntOps;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic: count the words of a large text ({@link Words}) into a new {@code String → int}
 * map, with each library's increment idiom (bucketmap {@code addValue}, fastutil and HPPC
 * {@code addTo}, Eclipse {@code addToValue}, Koloboke {@code addValue}, Agrona and
 * {@code HashMap} {@code merge}). Time per whole text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class WordCountBench {

    @Param({"bucketmap", "floor", "fastutil", "eclipse", "hppc", "koloboke", "agrona", "hashmap"})
    public String map;

    /** How many words of the text to count. */
    @Param({"4000000"})
    public int words;

    private Impl impl;
    private String[] text;

    @Setup(Level.Trial)
    public void load() {
        impl = Impl.of(map);
        text = Words.load(words);
        StringIntOps check = count();
        if (check.traverse() != check.size() + (long) text.length) {
            throw new IllegalStateException(map + " counted the words wrongly");
        }
    }

    @Benchmark
    public StringIntOps count() {
        StringIntOps counts = impl.stringInt();
        for (String word : text) {
            counts.increment(word);
        }
        return counts;
    }
}
