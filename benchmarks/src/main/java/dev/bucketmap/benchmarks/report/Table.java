package dev.bucketmap.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table, and the number formats every section uses. */
final class Table {
    private final List<String> header;
    private final List<String> align;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns named {@code header}; the first {@code textColumns} are left-aligned, the rest right-aligned. */
    Table(List<String> header, int textColumns) {
        this.header = header;
        this.align = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            align.add(i < textColumns ? "---" : "---:");
        }
    }

    void row(List<String> cells) {
        rows.add(cells);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder md = new StringBuilder();
        line(md, header);
        line(md, align);
        rows.forEach(row -> line(md, row));
        return md.toString();
    }

    private static void line(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Three significant digits or so: 0.812, 8.12, 81.2, 812, 8,120. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        double a = Math.abs(x);
        String format = a < 1 ? "%.3f" : a < 10 ? "%.2f" : a < 100 ? "%.1f" : "%,.0f";
        return String.format(Locale.ROOT, format, x);
    }

    /** {@code 12.3 ± 0.4}, or just the number when there is no error estimate. */
    static String withError(double score, double error) {
        return Double.isNaN(error) ? number(score) : number(score) + " ± " + number(error);
    }

    /** A ratio with two decimals. */
    static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    /** {@code 1,000}, {@code 1,000,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
