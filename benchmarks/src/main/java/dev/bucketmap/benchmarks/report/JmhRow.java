package dev.bucketmap.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One JMH result, normalised: {@code build} and {@code traverse} measure a whole map, so
 * they are divided by its size here (ns per insert, ns per entry); everything else is
 * already per operation. Word count stays per whole text, in ms. JMH's JSON files are read with
 * Jackson's tree model.
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
    private static final ObjectMapper JSON = new ObjectMapper();

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
            JsonNode results = JSON.readTree(file.toFile());
            if (!results.isArray()) {
                throw new IOException(file + " is not a JMH result file: it holds no JSON array");
            }
            for (JsonNode result : results) {
                rows.add(of(result));
            }
        }
        return rows;
    }

    private static JmhRow of(JsonNode result) {
        String name = result.required("benchmark").asText();
        String[] parts = name.split("\\.");
        String benchmark = parts[parts.length - 2];
        String op = parts[parts.length - 1];
        JsonNode params = result.required("params");
        String sizeParam = params.has("size") ? "size" : "words";
        int size = Integer.parseInt(params.required(sizeParam).asText());
        String keys = params.has("keys") ? params.get("keys").asText() : "random";
        JsonNode metric = result.required("primaryMetric");
        double score = number(metric.get("score"));
        double error = number(metric.get("scoreError"));
        if (op.equals("build") || op.equals("traverse")) {
            score /= size;
            error /= size;
        }
        return new JmhRow(benchmark, op, params.required("map").asText(), size, keys, score, error);
    }

    /** A JSON number as it is; anything else (JMH writes {@code "NaN"} as a string) as NaN. */
    private static double number(JsonNode value) {
        return value != null && value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
