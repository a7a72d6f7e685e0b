package dev.bucketmap.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.benchmarks.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a benchmark: runs every benchmark class once, for a few milliseconds on 1,000 entries,
 * inside this JVM (JMH with no fork), then memory, pauses and flooding on tiny inputs, then the
 * report on what they wrote, so that none of it can rot between full runs.
 */
class SmokeTest {

    @TempDir
    Path results;

    @Test
    void everyBenchmarkRunsAndTheReportReadsTheirResults() throws Exception {
        Suite.run(Profile.SMOKE, EnumSet.allOf(Suite.Part.class), results);

        for (String run : List.of("long-string", "long-string-sequential", "int-int", "string-int", "word-count")) {
            Path json = results.resolve("jmh/" + run + ".json");
            assertTrue(Files.size(json) > 100, json + " holds results");
        }
        assertTrue(Files.exists(results.resolve("memory.csv")));
        assertTrue(Files.exists(results.resolve("flooding.csv")));
        assertTrue(Files.exists(results.resolve("pauses/bucketmap-pretouch.hgrm")));

        Path readme = results.resolve("README.md");
        Files.writeString(
                readme, "# x\n\n<!-- benchmarks:begin -->\nPREVIOUS REPORT\n<!-- benchmarks:end -->\n\nafter\n");
        Report.write(results, readme);

        String report = Files.readString(results.resolve("report.md"));
        for (String section : List.of(
                "### Throughput",
                "#### long → String",
                "| floor ÷ best peer | ÷ floor |",
                "bucketmap ÷ floor: ",
                "### Word count",
                "### Memory",
                "### Growth pauses",
                "### Hash flooding",
                "Smoke run, not the published numbers")) {
            assertTrue(report.contains(section), "report has " + section);
        }
        try (Stream<Path> charts = Files.list(results.resolve("charts"))) {
            assertTrue(charts.filter(p -> p.toString().endsWith(".png")).count() >= 5, "charts were drawn");
        }
        String spliced = Files.readString(readme);
        assertTrue(spliced.contains("](charts/throughput-long-string-1000.png)"), "README links the charts");
        assertTrue(spliced.endsWith("<!-- benchmarks:end -->\n\nafter\n"));
        assertFalse(spliced.contains("PREVIOUS REPORT"));
    }
}
