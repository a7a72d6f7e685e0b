package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.Growth;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Growth past the largest table throws IllegalStateException naming the limit, with the
 * map unchanged. The limit is lowered (a runtime system property) in a child JVM.
 */
class CapacityTest {

    @Test
    void growthPastTheLimitThrowsAndLeavesTheMapUnchanged() throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Growth.MAX_LOG2_BUCKETS_PROPERTY + "=3",
                "-cp",
                System.getProperty("java.class.path"),
                CapacityDemo.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toString(StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        String all = "child output:\n" + out;
        assertEquals("filled 52 3", lines.get(0), all);
        for (int i = 1; i <= 5; i++) {
            String line = lines.get(i);
            assertTrue(
                    line.contains(" threw java.lang.IllegalStateException: ") && line.contains("2^3"),
                    () -> "an insertion past the limit must throw IllegalStateException naming 2^3: " + line + "\n"
                            + all);
        }
        assertEquals("unchanged true 52", lines.get(6), all);
        assertEquals("overwrite returned v3", lines.get(7), all);
        assertEquals("computeIfAbsentNull returned null", lines.get(8), all);
        assertEquals("remove returned v4", lines.get(9), all);
        assertEquals("putAfterRemove returned null", lines.get(10), all);
        assertTrue(lines.get(11).startsWith("presized53 threw java.lang.IllegalArgumentException"), all);
        assertEquals("presized52 returned 0", lines.get(12), all);
        assertEquals("churned 52 3 sameSize>0=true", lines.get(13), all);
    }

    @Test
    void anImpossibleExpectedSizeIsRejectedWithoutAllocating() {
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_JufMap(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new BucketMap_Minimal(Integer.MAX_VALUE - 8));
    }
}
