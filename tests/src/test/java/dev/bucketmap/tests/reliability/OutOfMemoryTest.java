package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An insert whose growth cannot allocate its table fails with OutOfMemoryError, every entry
 * stays, the structure is intact, and once memory is free again the map grows on. In a child JVM
 * with a 512 MB heap, 384 MB of it held by a ballast array until the failure. A growing table
 * allocates its chunks as evacuation reaches them, so the failure can come in any write of a growth;
 * freeing three quarters of the heap leaves room to finish that growth (at most three times the
 * old table) and insert on.
 */
class OutOfMemoryTest {

    @Test
    void anInsertThatCannotAllocateFailsAloneAndTheMapRecovers() throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                OutOfMemoryDemo.class.getName(),
                "384");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toString(StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("oom after ") && lines.get(0).contains("OutOfMemoryError"), out);
        assertEquals("all entries there true", lines.get(1), out);
        String last = lines.get(2);
        String[] words = last.split(" ");
        assertEquals(words[4], words[6].replace(",", ""), "every insert after the failure landed: " + out);
        System.out.print(out);
    }
}
