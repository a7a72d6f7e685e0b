package dev.bucketmap.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One JMH result, normalised: {@code build} and {@code traverse} measure a whole map, so
 * they are divided by its size here (ns per insert, ns per entry); everything else is
 * already per operation. Word count stays per whole text, in ms.
 *
 * @param benchmark the benchmark class's simple name, e.g. {@code LongStringBench}
 * @param op        the method, e.g. {@code getHit}
 * @param map       the {@code map} parameter
 * @param size      the {@code size} parameter (the {@code words} one for word count)
 * @param keys      the {@code keys} parameter, or {@code random}
 * @param score     the mean, normalised
 * @param error     JMH's 99.9% half-interval, normalised ({@code NaN} with a single iteration)
 */
record JmhRow(String benchmark, String op, String map, int size, String keys, double score, double error) {

    double low() {
        return score - (Double.isNaN(error) ? 0 : error);
    }

    double high() {
        return score + (Double.isNaN(error) ? 0 : error);
    }

    /** Every result of every {@code *.json} in the directory (none if it does not exist). */
    static List<JmhRow> load(Path dir) throws IOException {
        List<JmhRow> rows = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            for (Object entry : (List<?>) Json.parse(Files.readString(file))) {
                rows.add(of((Map<?, ?>) entry));
            }
        }
        return rows;
    }

    private static JmhRow of(Map<?, ?> result) {
        String name = (String) result.get("benchmark");
        String[] parts = name.split("\\.");
        String benchmark = parts[parts.length - 2];
        String op = parts[parts.length - 1];
        Map<?, ?> params = (Map<?, ?>) result.get("params");
        String sizeParam = params.containsKey("size") ? "size" : "words";
        int size = Integer.parseInt((String) params.get(sizeParam));
        String keys = params.containsKey("keys") ? (String) params.get("keys") : "random";
        Map<?, ?> metric = (Map<?, ?>) result.get("primaryMetric");
        double score = number(metric.get("score"));
        double error = number(metric.get("scoreError"));
        if (op.equals("build") || op.equals("traverse")) {
            score /= size;
            error /= size;
        }
        return new JmhRow(benchmark, op, (String) params.get("map"), size, keys, score, error);
    }

    private static double number(Object value) {
        return value instanceof Double d ? d : Double.NaN;
    }
}
