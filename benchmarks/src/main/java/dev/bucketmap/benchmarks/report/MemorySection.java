package dev.bucketmap.benchmarks.report;

import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Bytes per entry: a table per kind (maps × sizes) and a chart of bytes per entry against size. */
final class MemorySection {
    private final List<Map<String, String>> rows;
    private final Path charts;
    private final Function<String, String> image;

    MemorySection(List<Map<String, String>> rows, Path charts, Function<String, String> image) {
        this.rows = rows;
        this.charts = charts;
        this.image = image;
    }

    String markdown() throws IOException {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Memory\n\n");
        md.append("Bytes per entry (lower is better): the JOL size of everything the map references, less what every "
                + "map shares (the one `String` value of the `long → String` maps; the key strings of the "
                + "`String → int` maps). `HashMap`'s boxes count: they are the price of boxing. Maps are filled "
                + "without presizing, so each size falls wherever it falls in the map's growth cycle.\n\n");
        for (Kind kind : Kind.values()) {
            List<Map<String, String>> of =
                    rows.stream().filter(r -> r.get("kind").equals(kind.name())).toList();
            if (of.isEmpty()) {
                continue;
            }
            TreeSet<Integer> sizes = new TreeSet<>(
                    of.stream().map(r -> Integer.parseInt(r.get("size"))).toList());
            List<String> header = new ArrayList<>(List.of(kind.label()));
            sizes.forEach(s -> header.add(Table.count(s)));
            Table table = new Table(header, 1);
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (Impl impl : Impl.values()) {
                List<Map<String, String>> mine =
                        of.stream().filter(r -> r.get("map").equals(impl.id())).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(List.of(impl.id()));
                double[][] xy = new double[2][sizes.size()];
                int i = 0;
                for (int size : sizes) {
                    double perEntry = mine.stream()
                            .filter(r -> Integer.parseInt(r.get("size")) == size)
                            .mapToDouble(r -> Double.parseDouble(r.get("bytes_per_entry")))
                            .findFirst()
                            .orElse(Double.NaN);
                    cells.add(Table.number(perEntry));
                    xy[0][i] = size;
                    xy[1][i++] = perEntry;
                }
                table.row(cells);
                series.put(impl.id(), xy);
            }
            md.append(table).append('\n');
            String file = "memory-" + ThroughputSection.slug(kind) + ".png";
            Charts.lines(
                    "Bytes per entry, " + kind.label(),
                    "entries (log scale)",
                    "bytes per entry",
                    false,
                    series,
                    charts.resolve(file));
            md.append(image.apply(file)).append("\n\n");
        }
        return md.toString();
    }
}
