package dev.bucketmap.benchmarks.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG charts (XChart), one colour per map throughout: bucketmap is always the first, in red. */
final class Charts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;
    private static final Map<String, Color> COLORS = Map.of(
            "bucketmap",
            new Color(0xD62728),
            "floor",
            new Color(0xF4A6A6),
            "fastutil",
            new Color(0x1F77B4),
            "eclipse",
            new Color(0x9467BD),
            "hppc",
            new Color(0x2CA02C),
            "koloboke",
            new Color(0xFF7F0E),
            "agrona",
            new Color(0x8C564B),
            "hashmap",
            new Color(0x7F7F7F));

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** Grouped bars: one group per operation, one bar per map, ns per operation on a log scale, with error bars. */
    static void throughput(
            String title, List<JmhRow> rows, List<String> maps, List<String> ops, List<String> labels, Path file)
            throws IOException {
        List<String> categories = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String op = ops.get(i);
            if (maps.stream().allMatch(m -> find(rows, op, m).isPresent())) {
                present.add(op);
                categories.add(labels.get(i));
            }
        }
        if (present.isEmpty()) {
            return;
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle("")
                .yAxisTitle("ns per operation (log scale), lower is better")
                .build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setXAxisLabelRotation(0);
        // Bars start at the axis minimum, which a log axis needs positive: the decade below the
        // smallest score. Error bars are symmetric, so a wide one is cut to stay above it.
        double min = rows.stream()
                .filter(r -> present.contains(r.op()) && maps.contains(r.map()))
                .mapToDouble(JmhRow::score)
                .min()
                .orElse(1);
        double axisMin = Math.pow(10, Math.floor(Math.log10(min)));
        chart.getStyler().setYAxisMin(axisMin);
        for (String map : maps) {
            List<Double> scores = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String op : present) {
                JmhRow r = find(rows, op, map).orElseThrow();
                scores.add(r.score());
                double error = Double.isNaN(r.error()) ? 0 : r.error();
                errors.add(Math.min(error, (r.score() - axisMin) * 0.99));
            }
            chart.addSeries(map, categories, scores, errors).setFillColor(COLORS.getOrDefault(map, Color.DARK_GRAY));
        }
        save(chart, file);
    }

    /** Lines over a log x axis: {@code series} maps a map's name to its {x, y} points. */
    static void lines(
            String title, String xTitle, String yTitle, boolean logY, Map<String, double[][]> series, Path file)
            throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisDecimalPattern("#,##0.#");
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        series.forEach((map, xy) -> {
            if (xy[0].length == 0) {
                return;
            }
            XYSeries s = chart.addSeries(map, xy[0], xy[1]);
            s.setLineColor(COLORS.getOrDefault(map, Color.DARK_GRAY));
            s.setMarkerColor(COLORS.getOrDefault(map, Color.DARK_GRAY));
            s.setMarker(xy[0].length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            s.setLineWidth(map.equals("bucketmap") ? 3f : 1.5f);
        });
        if (!chart.getSeriesMap().isEmpty()) {
            save(chart, file);
        }
    }

    private static Optional<JmhRow> find(List<JmhRow> rows, String op, String map) {
        return rows.stream()
                .filter(r -> r.op().equals(op) && r.map().equals(map))
                .findFirst();
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
    }
}
