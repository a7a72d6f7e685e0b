package dev.bucketmap.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Turns a results directory of the suite into Markdown tables and PNG charts:
 * {@code report.md}, {@code throughput.csv} and {@code charts/*.png} beside the raw results.
 * With {@code --page docs/performance.md} it also replaces what stands between that page's
 * {@value #BEGIN} and {@value #END} lines with the same report, its images linked relative
 * to the page. ({@code --readme FILE}, its old name, still works.)
 *
 * <p>Usage: {@code Report RESULTS_DIR [--page docs/performance.md]}.
 */
public final class Report {
    static final String BEGIN = "<!-- benchmarks:begin -->";
    static final String END = "<!-- benchmarks:end -->";
    /** Stands for the charts directory in the generated Markdown until each copy gets its own relative path. */
    private static final String CHARTS = "{{charts}}";

    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && (args[1].equals("--page") || args[1].equals("--readme")))) {
            System.err.println("usage: Report RESULTS_DIR [--page docs/performance.md]");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path readme = args.length == 3 ? Path.of(args[2]) : null;
        write(results, readme);
    }

    /** Writes the report beside the results and, if {@code readme} is not null, into it. */
    public static void write(Path results, Path readme) throws IOException {
        Path charts = results.resolve("charts");
        Files.createDirectories(charts);
        String md = markdown(results, charts);
        Files.writeString(results.resolve("report.md"), md.replace(CHARTS, "charts"));
        System.out.println("report: " + results.resolve("report.md") + ", charts in " + charts);
        if (readme != null) {
            Path dir = readme.toAbsolutePath().getParent();
            String link = dir.relativize(charts.toAbsolutePath()).toString().replace('\\', '/');
            splice(readme, md.replace(CHARTS, link));
            System.out.println("page: " + readme + " updated between " + BEGIN + " and " + END);
        }
    }

    static String markdown(Path results, Path charts) throws IOException {
        Properties meta = meta(results.resolve("meta.properties"));
        List<JmhRow> jmh = JmhRow.load(results.resolve("jmh"));
        ThroughputSection throughput = new ThroughputSection(jmh, meta, charts, Report::image);
        throughput.writeCsv(results.resolve("throughput.csv"));
        return header(meta)
                + throughput.markdown()
                + new MemorySection(Csv.read(results.resolve("memory.csv")), charts, Report::image).markdown()
                + new PauseSection(results.resolve("pauses"), charts, Report::image).markdown()
                + new FloodingSection(Csv.read(results.resolve("flooding.csv"))).markdown();
    }

    private static String image(String file) {
        String alt = file.replace(".png", "").replace('-', ' ');
        return "![" + alt + "](" + CHARTS + "/" + file + ")";
    }

    private static String header(Properties meta) {
        StringBuilder md = new StringBuilder();
        String profile = meta.getProperty("profile", "unknown");
        if (!profile.equals("full")) {
            md.append("> **")
                    .append(capitalised(profile))
                    .append(
                            " run, not the published numbers**: few, short "
                                    + "iterations (see the JMH settings below), hence the wide error bars, and smaller sizes. They show "
                                    + "what the suite measures; `benchmarks/run` (the full suite) replaces them with the comparison.\n\n");
        }
        md.append(String.format(
                "Measured %s to %s (UTC) on %s, %s cores, %s memory; %s; %s. JMH: %s.%n%n",
                meta.getProperty("started", "?"),
                meta.getProperty("finished", "?"),
                meta.getProperty("cpu", "?"),
                meta.getProperty("cores", "?"),
                meta.getProperty("memory", "?"),
                meta.getProperty("java", "?"),
                meta.getProperty("os", "?"),
                meta.getProperty("jmh", "?")));
        return md.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Properties meta(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Replaces the lines strictly between the markers; fails if the page lacks them. */
    static void splice(Path readme, String md) throws IOException {
        String text = Files.readString(readme);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(readme + " has no " + BEGIN + " … " + END + " block");
        }
        int from = begin + BEGIN.length();
        Files.writeString(readme, text.substring(0, from) + "\n" + md.strip() + "\n" + text.substring(end));
    }
}
