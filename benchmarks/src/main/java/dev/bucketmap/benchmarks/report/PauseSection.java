package dev.bucketmap.benchmarks.report;

import dev.bucketmap.benchmarks.peers.Impl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Growth pauses: per variant (pre-touched heap or not) a table of the percentiles of single
 * {@code put} times, and a percentile-distribution chart from the HdrHistogram files.
 */
final class PauseSection {
    private static final Map<String, String> VARIANTS = Map.of(
            "pretouch", "pre-touched heap (`-XX:+AlwaysPreTouch`)",
            "no-pretouch", "heap not pre-touched (the OS maps pages on first touch, during the run)");

    private final Path dir;
    private final Path charts;
    private final Function<String, String> image;

    PauseSection(Path dir, Path charts, Function<String, String> image) {
        this.dir = dir;
        this.charts = charts;
        this.image = image;
    }

    String markdown() throws IOException {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Growth pauses\n\n");
        boolean intro = false;
        for (String variant : List.of("pretouch", "no-pretouch")) {
            Table table = new Table(
                    List.of("map", "p50", "p99", "p99.9", "p99.99", "max", "max at size", "puts ≥ 1 ms", "all puts"),
                    1);
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (Impl impl : Impl.values()) {
                Path csv = dir.resolve(impl.id() + "-" + variant + ".csv");
                List<Map<String, String>> rows = Csv.read(csv);
                if (rows.isEmpty()) {
                    continue;
                }
                Map<String, String> r = rows.get(0);
                if (!intro) {
                    md.append(String.format(
                            "Inserting %s random keys into one new `long → String` map, timing every "
                                    + "single `put`; each map in its own JVM with ZGC (whose own pauses stay well below a "
                                    + "millisecond). Times in microseconds; \"max at size\" is the map's size when its longest "
                                    + "put happened.%n%n",
                            Table.count(Long.parseLong(r.get("inserts")))));
                    intro = true;
                }
                String[] sizes = r.get("longest_at_size").split(";");
                table.row(List.of(
                        impl.id(),
                        us(r, "p50_us"),
                        us(r, "p99_us"),
                        us(r, "p999_us"),
                        us(r, "p9999_us"),
                        us(r, "max_us"),
                        Table.count(Long.parseLong(sizes[0])),
                        r.get("over_1ms"),
                        Table.number(Double.parseDouble(r.get("total_ms"))) + " ms"));
                series.put(impl.id(), distribution(dir.resolve(impl.id() + "-" + variant + ".hgrm")));
            }
            if (table.isEmpty()) {
                continue;
            }
            md.append("With a ")
                    .append(VARIANTS.get(variant))
                    .append(":\n\n")
                    .append(table)
                    .append('\n');
            String file = "pauses-" + variant + ".png";
            Charts.lines(
                    "Single put times while growing, " + variant,
                    "percentile, as 1/(1-p): 10 = p90, 1000 = p99.9",
                    "µs (log scale)",
                    true,
                    series,
                    charts.resolve(file));
            md.append(image.apply(file)).append("\n\n");
        }
        return md.toString();
    }

    private static String us(Map<String, String> row, String column) {
        return Table.number(Double.parseDouble(row.get(column)));
    }

    /** The {1/(1-p), µs} points of an HdrHistogram percentile distribution file. */
    static double[][] distribution(Path hgrm) throws IOException {
        List<double[]> points = new ArrayList<>();
        if (Files.isRegularFile(hgrm)) {
            for (String line : Files.readAllLines(hgrm)) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length != 4 || line.startsWith("#") || !Character.isDigit(cells[0].charAt(0))) {
                    continue;
                }
                try {
                    double x = Double.parseDouble(cells[3]);
                    double y = Double.parseDouble(cells[0]);
                    if (Double.isFinite(x) && y > 0) {
                        points.add(new double[] {x, y});
                    }
                } catch (NumberFormatException e) {
                    // the header line, or Infinity at p100
                }
            }
        }
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xy[0][i] = points.get(i)[0];
            xy[1][i] = points.get(i)[1];
        }
        return xy;
    }
}
