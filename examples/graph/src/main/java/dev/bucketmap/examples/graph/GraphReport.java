package dev.bucketmap.examples.graph;

import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Prints an {@link Analysis}: step times, components, BFS distances and every map's {@code stats()}. */
final class GraphReport {

    private static final int BAR_WIDTH = 40;

    private GraphReport() {}

    static void print(Analysis analysis, PrintStream out) {
        printSteps(analysis, out);
        printComponents(analysis, out);
        printDistances(analysis, out);
        printStats(analysis.stats(), out);
    }

    private static void printSteps(Analysis analysis, PrintStream out) {
        out.printf(Locale.ROOT, "%,d nodes, %,d edges%n%n", analysis.nodes(), analysis.edges());
        String row = "  %-56s %12s%n";
        out.printf(Locale.ROOT, row, "step (maps used)", "time");
        double total = 0;
        for (Map.Entry<String, Double> step : analysis.millis().entrySet()) {
            out.printf(Locale.ROOT, row, step.getKey(), String.format(Locale.ROOT, "%,.0f ms", step.getValue()));
            total += step.getValue();
        }
        out.printf(Locale.ROOT, row, "all four", String.format(Locale.ROOT, "%,.0f ms", total));
        out.println();
    }

    private static void printComponents(Analysis analysis, PrintStream out) {
        TreeMap<Integer, long[]> bySizeClass = new TreeMap<>();
        analysis.componentSizes().forEach((root, size) -> {
            long[] tally = bySizeClass.computeIfAbsent(sizeClass(size), k -> new long[2]);
            tally[0]++;
            tally[1] += size;
        });
        out.printf(
                Locale.ROOT,
                "%,d connected components; the largest has %,d nodes (%.1f%% of all):%n",
                analysis.components(),
                analysis.largestSize(),
                100.0 * analysis.largestSize() / analysis.nodes());
        String row = "  %-24s %12s %12s%n";
        out.printf(Locale.ROOT, row, "component size", "components", "nodes");
        for (Map.Entry<Integer, long[]> sizeClass : bySizeClass.entrySet()) {
            out.printf(
                    Locale.ROOT,
                    row,
                    describe(sizeClass.getKey()),
                    count(sizeClass.getValue()[0]),
                    count(sizeClass.getValue()[1]));
        }
        out.println();
    }

    /** 1, 2, 3 for sizes 1 to 3; then the power of ten below the size, as a negative number of digits. */
    private static int sizeClass(int size) {
        if (size <= 3) {
            return size;
        }
        return size < 10 ? 4 : 3 + String.valueOf(size).length();
    }

    private static String describe(int sizeClass) {
        if (sizeClass <= 3) {
            return String.valueOf(sizeClass);
        }
        if (sizeClass == 4) {
            return "4 to 9";
        }
        long low = (long) Math.pow(10, sizeClass - 4);
        return String.format(Locale.ROOT, "%,d to %,d", low, low * 10 - 1);
    }

    private static void printDistances(Analysis analysis, PrintStream out) {
        TreeMap<Integer, Long> byDistance = new TreeMap<>();
        analysis.distances().forEachValue(d -> byDistance.merge(d, 1L, Long::sum));
        long most =
                byDistance.values().stream().mapToLong(Long::longValue).max().orElse(1);
        out.printf(
                Locale.ROOT,
                "BFS from node %d, the largest component's root:%n" + "%,d nodes reached%s; the farthest is %s away.%n",
                analysis.largestRoot(),
                analysis.distances().size(),
                analysis.bfsAgreesWithUnionFind()
                        ? ", as many as union-find put in that component"
                        : String.format(
                                Locale.ROOT,
                                ", BUT UNION-FIND PUT %,d NODES IN THAT COMPONENT",
                                analysis.largestSize()),
                edges(byDistance.isEmpty() ? 0 : byDistance.lastKey()));
        out.printf(Locale.ROOT, "  %8s %12s%n", "distance", "nodes");
        for (Map.Entry<Integer, Long> d : byDistance.entrySet()) {
            int bar = (int) Math.ceil(BAR_WIDTH * (double) d.getValue() / most);
            out.printf(Locale.ROOT, "  %8s %12s  %s%n", d.getKey(), count(d.getValue()), "#".repeat(bar));
        }
        out.println();
    }

    private static void printStats(Map<String, MapStats> stats, PrintStream out) {
        out.println("stats() of the maps at the end:");
        List<String> names = new ArrayList<>(stats.keySet());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-28s", ""));
        for (String name : names) {
            header.append(String.format(Locale.ROOT, " %14s", name));
        }
        out.println(header);
        statsRow(
                out,
                "kind",
                stats,
                s -> "",
                names,
                List.of("long->int", "long->long[]", "long->long", "long->int", "long->int"));
        statsRow(out, "entries (size)", stats, s -> count(s.size()), names, null);
        statsRow(out, "buckets (2^B)", stats, s -> count(s.buckets()), names, null);
        statsRow(out, "B", stats, s -> String.valueOf(s.log2Buckets()), names, null);
        statsRow(out, "overflow buckets in use", stats, s -> count(s.overflowBuckets()), names, null);
        statsRow(
                out,
                "load factor (entries/bucket)",
                stats,
                s -> String.format(Locale.ROOT, "%.2f", s.loadFactor()),
                names,
                null);
        statsRow(out, "doublings", stats, s -> String.valueOf(s.growths()), names, null);
        statsRow(out, "same-size growths", stats, s -> String.valueOf(s.sameSizeGrowths()), names, null);
        statsRow(out, "still evacuating", stats, s -> s.growing() ? "yes" : "no", names, null);
        out.println("Adjacency, Parents and ComponentSizes were presized for the node count, known by then, so they");
        out.println("never doubled; Degrees and Distances grew from empty.");
        out.println();
    }

    private static void statsRow(
            PrintStream out,
            String label,
            Map<String, MapStats> stats,
            Function<MapStats, String> cell,
            List<String> names,
            List<String> fixed) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-28s", label));
        for (int i = 0; i < names.size(); i++) {
            String value = fixed != null ? fixed.get(i) : cell.apply(stats.get(names.get(i)));
            row.append(String.format(Locale.ROOT, " %14s", value));
        }
        out.println(row);
    }

    private static String edges(int n) {
        return n == 1 ? "1 edge" : n + " edges";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
