package dev.bucketmap.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throughput tables' ratios: the floor has columns of its own and is never the best peer. */
class ThroughputSectionTest {

    @TempDir
    Path charts;

    private static JmhRow row(String map, String op, double score) {
        return new JmhRow("IntIntBench", op, map, 1000, "random", score, 0.01);
    }

    private static Map<String, JmhRow> byMap(JmhRow... rows) {
        Map<String, JmhRow> byMap = new LinkedHashMap<>();
        for (JmhRow r : rows) {
            byMap.put(r.map(), r);
        }
        return byMap;
    }

    @Test
    void theFloorIsNeverTheBestPeer() {
        Map<String, JmhRow> byMap = byMap(
                row("bucketmap", "getHit", 6), row("floor", "getHit", 3),
                row("fastutil", "getHit", 4), row("hashmap", "getHit", 8));
        assertEquals(List.of("1.50 (fastutil)", "1.50", "0.75"), ThroughputSection.ratios(byMap));
        assertEquals(List.of("0.75 (fastutil)", "2.00"), ThroughputSection.floorRatios(byMap));
    }

    @Test
    void withoutTheFloorItsRatiosAreDashes() {
        Map<String, JmhRow> byMap = byMap(row("bucketmap", "getHit", 6), row("fastutil", "getHit", 4));
        assertEquals(List.of("1.50 (fastutil)", "1.50", "–"), ThroughputSection.ratios(byMap));
        assertEquals(List.of("–", "–"), ThroughputSection.floorRatios(byMap));
    }

    @Test
    void theTableShowsTheFloorBesideBucketmap() throws Exception {
        List<JmhRow> rows = new ArrayList<>();
        for (String op : List.of("getHit", "getMiss")) {
            rows.addAll(List.of(row("bucketmap", op, 6), row("floor", op, 3), row("fastutil", op, 4)));
        }
        String md = new ThroughputSection(rows, new Properties(), charts, file -> "![](" + file + ")").markdown();
        assertTrue(
                md.contains("| operation | entries | keys | bucketmap | floor | fastutil | ÷ best peer | ÷ fastutil "
                        + "| ÷ HashMap | floor ÷ best peer | ÷ floor |"),
                md);
        assertTrue(
                md.contains("| get, present key | 1,000 | random | 6.00 ± 0.010 | 3.00 ± 0.010 | 4.00 ± 0.010 "
                        + "| 1.50 (fastutil) | 1.50 | – | 0.75 (fastutil) | 2.00 |"),
                md);
        assertTrue(md.contains("never the best peer"), md);
    }

    @Test
    void resultsWithoutTheFloorKeepTheirTable() throws Exception {
        List<JmhRow> rows = List.of(row("bucketmap", "getHit", 6), row("fastutil", "getHit", 4));
        String md = new ThroughputSection(rows, new Properties(), charts, file -> "").markdown();
        assertTrue(
                md.contains("| operation | entries | keys | bucketmap | fastutil | ÷ best peer | ÷ fastutil "
                        + "| ÷ HashMap |\n"),
                md);
        assertFalse(md.contains("floor"), md);
    }
}
