package dev.bucketmap.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON: parameters, normalisation per entry, and the {@code "NaN"} JMH writes as a string. */
class JmhRowTest {

    @TempDir
    Path dir;

    private static String result(String benchmark, String params, String score, String error) {
        return """
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "dev.bucketmap.benchmarks.throughput.%s",
                    "mode" : "avgt",
                    "jvmArgs" : [ "-Xmx2g", "-Dx=\\"quoted\\"\\u00e9" ],
                    "params" : { %s },
                    "primaryMetric" : {
                        "score" : %s,
                        "scoreError" : %s,
                        "scoreConfidence" : [ 1.0e0, -2.5E-3 ],
                        "scoreUnit" : "ns/op",
                        "rawData" : [ [ 1, 2.5 ] ]
                    },
                    "secondaryMetrics" : { },
                    "empty" : null,
                    "flag" : true
                }""".formatted(benchmark, params, score, error);
    }

    @Test
    void readsEveryResultOfEveryFile() throws IOException {
        Files.writeString(
                dir.resolve("a.json"),
                "[" + result("IntIntBench.build", "\"map\" : \"floor\", \"size\" : \"1000\"", "2000.0", "\"NaN\"")
                        + ","
                        + result(
                                "LongStringBench.getHit",
                                "\"map\" : \"bucketmap\", \"size\" : \"1000\", \"keys\" : \"sequential\"",
                                "6.5",
                                "0.25")
                        + "]");
        Files.writeString(
                dir.resolve("b.json"),
                "[" + result("WordCountBench.count", "\"map\" : \"hppc\", \"words\" : \"4000\"", "12", "1") + "]");
        Files.writeString(dir.resolve("ignored.log"), "not json");

        List<JmhRow> rows = JmhRow.load(dir);

        assertEquals(3, rows.size());
        JmhRow build = rows.get(0);
        assertEquals(new JmhRow("IntIntBench", "build", "floor", 1000, "random", 2.0, Double.NaN), build);
        assertTrue(Double.isNaN(build.error()));
        assertEquals(2.0, build.low());
        assertEquals(new JmhRow("LongStringBench", "getHit", "bucketmap", 1000, "sequential", 6.5, 0.25), rows.get(1));
        assertEquals(new JmhRow("WordCountBench", "count", "hppc", 4000, "random", 12, 1), rows.get(2));
    }

    @Test
    void noDirectoryMeansNoResults() throws IOException {
        assertEquals(List.of(), JmhRow.load(dir.resolve("absent")));
    }

    @Test
    void brokenJsonIsAnError() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "[ { \"benchmark\" : ");
        assertThrows(IOException.class, () -> JmhRow.load(dir));
    }
}
