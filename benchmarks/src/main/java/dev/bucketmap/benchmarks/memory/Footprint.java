package dev.bucketmap.benchmarks.memory;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.IntIntOps;
import dev.bucketmap.benchmarks.peers.Kind;
import dev.bucketmap.benchmarks.peers.LongStringOps;
import dev.bucketmap.benchmarks.peers.StringIntOps;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes per entry of every map at 10^3 … 10^7 entries: the JOL size of everything reachable
 * from the map ({@link GraphLayout#totalSize()}; on JDK 25 it walks 2.5 times faster than
 * {@code GraphStats}, which gives the same total), less what every map shares: the one
 * {@code String} value of the {@code long → String} maps, and the key strings of the
 * {@code String → int} maps.
 * Boxes ({@code HashMap}'s {@code Long} and {@code Integer} keys and values) are the map's
 * own and count. Maps are built by inserting into a new map without presizing, so each
 * size lands wherever in its growth cycle it happens to.
 *
 * <p>Usage: {@code Footprint OUT_CSV SIZE...}; writes {@code kind,map,size,bytes,bytes_per_entry}.
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int[] sizes =
                Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray();
        run(out, sizes);
    }

    public static void run(Path out, int... sizes) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            csv.println("kind,map,size,bytes,bytes_per_entry");
            for (Kind kind : Kind.values()) {
                for (int size : sizes) {
                    measure(kind, size, csv);
                    csv.flush();
                }
            }
        }
    }

    private static void measure(Kind kind, int size, PrintWriter csv) {
        List<Impl> impls = Impl.supporting(kind);
        switch (kind) {
            case LONG_STRING -> {
                long[] keys = Keys.randomLongs(size, false);
                long shared = GraphLayout.parseInstance(Keys.VALUE).totalSize();
                for (Impl impl : impls) {
                    LongStringOps ops = impl.longString();
                    for (long key : keys) {
                        ops.put(key, Keys.VALUE);
                    }
                    report(csv, kind, impl, size, sizeOf(ops.map()) - shared);
                }
            }
            case INT_INT -> {
                int[] keys = Keys.randomInts(size, false);
                int[] values = Keys.intValues(size);
                for (Impl impl : impls) {
                    IntIntOps ops = impl.intInt();
                    for (int i = 0; i < size; i++) {
                        ops.put(keys[i], values[i]);
                    }
                    report(csv, kind, impl, size, sizeOf(ops.map()));
                }
            }
            case STRING_INT -> {
                String[] keys = Keys.randomStrings(size, false);
                int[] values = Keys.intValues(size);
                long shared = GraphLayout.parseInstance((Object[]) keys).totalSize();
                for (Impl impl : impls) {
                    StringIntOps ops = impl.stringInt();
                    for (int i = 0; i < size; i++) {
                        ops.put(keys[i], values[i]);
                    }
                    report(csv, kind, impl, size, sizeOf(ops.map()) - shared);
                }
            }
        }
    }

    private static long sizeOf(Object map) {
        return GraphLayout.parseInstance(map).totalSize();
    }

    private static void report(PrintWriter csv, Kind kind, Impl impl, int size, long bytes) {
        double perEntry = (double) bytes / size;
        csv.printf(Locale.ROOT, "%s,%s,%d,%d,%.2f%n", kind, impl.id(), size, bytes, perEntry);
        System.out.printf(
                "  memory %-14s %-10s %,12d entries %8.1f bytes/entry%n", kind.label(), impl.id(), size, perEntry);
    }
}
