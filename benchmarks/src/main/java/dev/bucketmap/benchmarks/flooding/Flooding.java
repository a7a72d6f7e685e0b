package dev.bucketmap.benchmarks.flooding;

import dev.bucketmap.benchmarks.data.Keys;
import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import dev.bucketmap.benchmarks.peers.LongStringOps;
import dev.bucketmap.benchmarks.peers.StringIntOps;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hash flooding: the time to insert {@code n} crafted keys ({@link CraftedKeys}) into a new map,
 * next to {@code n} random keys, for every {@code long → String} and {@code String → int} map.
 * A flooded map can take minutes, so each insertion run stops at a time cap and is reported as
 * "> cap". Each map's {@code put} is warmed up on random keys first; a run under a second is
 * repeated three times and its median kept.
 *
 * <p>Usage: {@code Flooding KEYS CAP_SECONDS OUT_CSV}; writes
 * {@code kind,family,map,keys,inserted,ms,capped}.
 */
public final class Flooding {
    private static final int REPEATS = 3;

    private final int n;
    private final long capNanos;
    private final PrintWriter csv;

    private Flooding(int n, double capSeconds, PrintWriter csv) {
        this.n = n;
        this.capNanos = (long) (capSeconds * TimeUnit.SECONDS.toNanos(1));
        this.csv = csv;
    }

    public static void main(String[] args) throws IOException {
        run(Integer.parseInt(args[0]), Double.parseDouble(args[1]), Path.of(args[2]));
    }

    public static void run(int n, double capSeconds, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            csv.println("kind,family,map,keys,inserted,ms,capped");
            new Flooding(n, capSeconds, csv).all();
        }
    }

    private void all() {
        long[] random = Keys.randomLongs(n, false);
        long[][] longFamilies = {random, CraftedKeys.againstFastutil(n), CraftedKeys.againstPhiMultiply(n)};
        String[] longNames = {"random", "fastutil-mix", "phi-multiply"};
        for (Impl impl : Impl.libraries(Kind.LONG_STRING)) {
            for (int w = 0; w < 5; w++) {
                insertLongs(impl, random, Long.MAX_VALUE);
            }
            for (int f = 0; f < longFamilies.length; f++) {
                long[] keys = longFamilies[f];
                time(Kind.LONG_STRING, longNames[f], impl, deadline -> insertLongs(impl, keys, deadline));
            }
        }

        String[] randomStrings = CraftedKeys.randomStrings(n, Keys.SEED);
        String[][] stringFamilies = {randomStrings, CraftedKeys.equalHashCodes(n)};
        String[] stringNames = {"random", "equal-hashCode"};
        for (Impl impl : Impl.libraries(Kind.STRING_INT)) {
            for (int w = 0; w < 5; w++) {
                insertStrings(impl, randomStrings, Long.MAX_VALUE);
            }
            for (int f = 0; f < stringFamilies.length; f++) {
                String[] keys = stringFamilies[f];
                time(Kind.STRING_INT, stringNames[f], impl, deadline -> insertStrings(impl, keys, deadline));
            }
        }
    }

    /** An insertion run that gives up at the deadline; returns how many keys it inserted. */
    private interface Run {
        int insertUntil(long deadline);
    }

    private void time(Kind kind, String family, Impl impl, Run run) {
        long[] nanos = new long[REPEATS];
        int done = 0;
        int inserted = 0;
        boolean capped = false;
        while (done < REPEATS) {
            long start = System.nanoTime();
            inserted = run.insertUntil(start + capNanos);
            long took = System.nanoTime() - start;
            nanos[done++] = took;
            if (inserted < n) {
                capped = true;
                break;
            }
            if (took > TimeUnit.SECONDS.toNanos(1)) {
                break;
            }
        }
        long[] runs = Arrays.copyOf(nanos, done);
        Arrays.sort(runs);
        double ms = runs[done / 2] / 1e6;
        csv.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%.3f,%b%n", kind, family, impl.id(), n, inserted, ms, capped);
        csv.flush();
        System.out.printf(
                Locale.ROOT,
                "  flooding %-14s %-15s %-10s %s%n",
                kind.label(),
                family,
                impl.id(),
                capped
                        ? String.format(Locale.ROOT, "> cap (%,d of %,d keys in %.0f s)", inserted, n, ms / 1000)
                        : String.format(Locale.ROOT, "%,.1f ms", ms));
    }

    private static int insertLongs(Impl impl, long[] keys, long deadline) {
        LongStringOps ops = impl.longString();
        for (int i = 0; i < keys.length; i++) {
            ops.put(keys[i], Keys.VALUE);
            if ((i & 63) == 63 && System.nanoTime() > deadline) {
                return i + 1;
            }
        }
        return keys.length;
    }

    private static int insertStrings(Impl impl, String[] keys, long deadline) {
        StringIntOps ops = impl.stringInt();
        for (int i = 0; i < keys.length; i++) {
            ops.put(keys[i], i + 1);
            if ((i & 63) == 63 && System.nanoTime() > deadline) {
                return i + 1;
            }
        }
        return keys.length;
    }
}
