package dev.bucketmap.benchmarks.report;

import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Throughput and word count: per kind, a table of ns per operation with error bars for every
 * map, bucketmap's ratio to the best peer, to fastutil and to {@code HashMap}, and a chart per
 * size; {@code throughput.csv} with the normalised numbers. When the results hold the layout's
 * floor ({@link Impl#FLOOR}) it has a column of its own and two more ratios, floor ÷ best peer
 * (what the layout costs) and bucketmap ÷ floor (what the engine adds); it never counts as the
 * best peer.
 */
final class ThroughputSection {
    /** The operations in the order of the tables, with their labels. */
    private static final Map<String, String> OPS = new LinkedHashMap<>();

    static {
        OPS.put("getHit", "get, present key");
        OPS.put("getMiss", "get, absent key");
        OPS.put("build", "build from empty, per insert");
        OPS.put("churn", "remove + insert, per pair");
        OPS.put("traverse", "traversal, per entry");
    }

    /** The same, short enough for a chart's axis. */
    private static final List<String> SHORT =
            List.of("get, present", "get, absent", "build, per insert", "remove + insert", "traverse, per entry");

    private static final Map<String, Kind> BENCHMARKS =
            Map.of("LongStringBench", Kind.LONG_STRING, "IntIntBench", Kind.INT_INT, "StringIntBench", Kind.STRING_INT);

    private final List<JmhRow> rows;
    private final Properties meta;
    private final Path charts;
    private final Function<String, String> image;

    ThroughputSection(List<JmhRow> rows, Properties meta, Path charts, Function<String, String> image) {
        this.rows = rows;
        this.meta = meta;
        this.charts = charts;
        this.image = image;
    }

    String markdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("### Throughput\n\n");
        md.append("Nanoseconds per operation (lower is better), mean ± JMH's 99.9% error. Ratios are bucketmap's time "
                + "divided by the other map's: below 1.00 bucketmap is faster. A ratio marked ≈ is within the noise "
                + "(the error bars overlap).\n\n");
        if (rows.stream().anyMatch(r -> r.map().equals(Impl.FLOOR.id()))) {
            md.append("`floor` is no library but bucketmap's layout hand-written without its engine (no chunk "
                    + "directory, modCount or incremental growth); it is never the best peer. \"floor ÷ best peer\" "
                    + "is what the layout costs or gains, \"÷ floor\" (bucketmap's time over the floor's) what "
                    + "the engine adds.\n\n");
        }
        boolean any = false;
        for (Kind kind : Kind.values()) {
            List<JmhRow> of = ofKind(kind);
            if (of.isEmpty()) {
                continue;
            }
            any = true;
            md.append("#### ").append(kind.label()).append("\n\n");
            List<String> maps = maps(of);
            if (!maps.contains(Impl.BUCKETMAP.id())) {
                md.append("bucketmap does not generate ").append(kind.label()).append(" maps yet: peers only.\n\n");
            }
            md.append(table(of, maps)).append('\n');
            for (int size : new TreeSet<>(of.stream().map(JmhRow::size).toList())) {
                String file = "throughput-" + slug(kind) + "-" + size + ".png";
                List<JmhRow> random = of.stream()
                        .filter(r -> r.size() == size && r.keys().equals("random"))
                        .toList();
                Charts.throughput(
                        kind.label() + ", " + Table.count(size) + " entries, random keys",
                        random,
                        maps,
                        new ArrayList<>(OPS.keySet()),
                        SHORT,
                        charts.resolve(file));
                md.append(image.apply(file)).append('\n');
            }
            md.append('\n');
        }
        if (!any) {
            md.append("(no JMH results)\n\n");
        }
        md.append(wordCount());
        return md.toString();
    }

    /** The normalised numbers, one line per result. */
    void writeCsv(Path file) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(file))) {
            csv.println("benchmark,operation,size,keys,map,score,error,unit");
            for (JmhRow r : rows) {
                String unit = r.benchmark().equals("WordCountBench") ? "ms/text" : "ns/op";
                csv.printf(
                        Locale.ROOT,
                        "%s,%s,%d,%s,%s,%.4f,%.4f,%s%n",
                        r.benchmark(),
                        r.op(),
                        r.size(),
                        r.keys(),
                        r.map(),
                        r.score(),
                        r.error(),
                        unit);
            }
        }
    }

    private String table(List<JmhRow> of, List<String> maps) {
        boolean withBucketMap = maps.contains(Impl.BUCKETMAP.id());
        boolean withFloor = maps.contains(Impl.FLOOR.id());
        List<String> header = new ArrayList<>(List.of("operation", "entries", "keys"));
        header.addAll(maps);
        if (withBucketMap) {
            header.addAll(List.of("÷ best peer", "÷ fastutil", "÷ HashMap"));
        }
        if (withFloor) {
            header.addAll(List.of("floor ÷ best peer", "÷ floor"));
        }
        Table table = new Table(header, 3);
        for (Map.Entry<String, String> op : OPS.entrySet()) {
            for (int size : new TreeSet<>(of.stream().map(JmhRow::size).toList())) {
                for (String keys : List.of("random", "sequential")) {
                    Map<String, JmhRow> byMap = new LinkedHashMap<>();
                    of.stream()
                            .filter(r -> r.op().equals(op.getKey())
                                    && r.size() == size
                                    && r.keys().equals(keys))
                            .forEach(r -> byMap.put(r.map(), r));
                    if (byMap.isEmpty()) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>(List.of(op.getValue(), Table.count(size), keys));
                    for (String map : maps) {
                        JmhRow r = byMap.get(map);
                        cells.add(r == null ? "–" : Table.withError(r.score(), r.error()));
                    }
                    if (withBucketMap) {
                        cells.addAll(ratios(byMap));
                    }
                    if (withFloor) {
                        cells.addAll(floorRatios(byMap));
                    }
                    table.row(cells);
                }
            }
        }
        return table.toString();
    }

    /** bucketmap ÷ the fastest peer (named), ÷ fastutil, ÷ HashMap. */
    static List<String> ratios(Map<String, JmhRow> byMap) {
        JmhRow bm = byMap.get(Impl.BUCKETMAP.id());
        if (bm == null) {
            return List.of("–", "–", "–");
        }
        return List.of(
                toBest(bm, byMap), ratio(bm, byMap.get(Impl.FASTUTIL.id())), ratio(bm, byMap.get(Impl.HASHMAP.id())));
    }

    /** The floor ÷ the fastest peer (named), and bucketmap ÷ the floor. */
    static List<String> floorRatios(Map<String, JmhRow> byMap) {
        JmhRow floor = byMap.get(Impl.FLOOR.id());
        if (floor == null) {
            return List.of("–", "–");
        }
        JmhRow bm = byMap.get(Impl.BUCKETMAP.id());
        return List.of(toBest(floor, byMap), bm == null ? "–" : ratio(bm, floor));
    }

    /** {@code row} ÷ the fastest peer proper (neither bucketmap nor the floor), with the peer's name. */
    private static String toBest(JmhRow row, Map<String, JmhRow> byMap) {
        Optional<JmhRow> best =
                byMap.values().stream().filter(r -> isPeer(r.map())).min(Comparator.comparingDouble(JmhRow::score));
        return best.map(b -> ratio(row, b) + " (" + b.map() + ")").orElse("–");
    }

    private static boolean isPeer(String map) {
        return !map.equals(Impl.BUCKETMAP.id()) && !map.equals(Impl.FLOOR.id());
    }

    private static String ratio(JmhRow row, JmhRow other) {
        if (other == null) {
            return "–";
        }
        boolean overlap = row.low() <= other.high() && other.low() <= row.high();
        return (overlap ? "≈" : "") + Table.ratio(row.score() / other.score());
    }

    private String wordCount() {
        List<JmhRow> wc = rows.stream()
                .filter(r -> r.benchmark().equals("WordCountBench"))
                .toList();
        if (wc.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Word count\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Counting the first %s words of %s into a new `String → int` map with "
                        + "each library's increment idiom: milliseconds per text, lower is better.%n%n",
                Table.count(wc.get(0).size()),
                meta.getProperty("words", "a large text")));
        Map<String, JmhRow> byMap = new LinkedHashMap<>();
        for (String map : maps(wc)) {
            wc.stream().filter(r -> r.map().equals(map)).findFirst().ifPresent(r -> byMap.put(map, r));
        }
        Table table = new Table(List.of("map", "increment", "ms per text"), 2);
        byMap.values()
                .forEach(r -> table.row(
                        List.of(r.map(), IDIOMS.getOrDefault(r.map(), ""), Table.withError(r.score(), r.error()))));
        md.append(table);
        if (byMap.containsKey(Impl.BUCKETMAP.id())) {
            List<String> r = ratios(byMap);
            md.append(String.format(
                    "%nbucketmap ÷ best peer: %s; ÷ fastutil: %s; ÷ HashMap: %s.%n", r.get(0), r.get(1), r.get(2)));
            if (byMap.containsKey(Impl.FLOOR.id())) {
                List<String> f = floorRatios(byMap);
                md.append(String.format("floor ÷ best peer: %s; bucketmap ÷ floor: %s.%n", f.get(0), f.get(1)));
            }
        } else {
            md.append("\nbucketmap does not generate `String → int` maps yet: peers only.\n");
        }
        return md.append('\n').toString();
    }

    private static final Map<String, String> IDIOMS = Map.of(
            "bucketmap",
            "`addValue(word, 1)`",
            "floor",
            "`addValue(word, 1)`",
            "fastutil",
            "`addTo(word, 1)`",
            "eclipse",
            "`addToValue(word, 1)`",
            "hppc",
            "`addTo(word, 1)`",
            "koloboke",
            "`addValue(word, 1)`",
            "agrona",
            "`merge(word, 1, sum)`",
            "hashmap",
            "`merge(word, 1, Integer::sum)`");

    private List<JmhRow> ofKind(Kind kind) {
        return rows.stream().filter(r -> BENCHMARKS.get(r.benchmark()) == kind).toList();
    }

    /** The maps present, in the order of {@link Impl}. */
    static List<String> maps(List<JmhRow> rows) {
        List<String> maps = new ArrayList<>();
        for (Impl impl : Impl.values()) {
            if (rows.stream().anyMatch(r -> r.map().equals(impl.id()))) {
                maps.add(impl.id());
            }
        }
        return maps;
    }

    static String slug(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
