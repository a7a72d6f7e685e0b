package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public class of the runtime but {@link MapStats} is there for generated code only, and its
 * comment opens by saying so, where an IDE and the javadoc summary show it.
 */
class NotApiTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/bucketmap/runtime");

    @Test
    void everyClassButMapStatsSaysItIsNotApi() throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.list(SOURCES)) {
            classes = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("package-info.java") && !f.endsWith("MapStats.java"))
                    .sorted()
                    .toList();
        }
        assertEquals(6, classes.size(), "the runtime's classes: " + classes);
        for (Path source : classes) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertTrue(
                    text.contains("/**\n * Not API, for generated code: "),
                    source + " opens its class comment with \"Not API, for generated code: \"");
        }
        String pkg = Files.readString(SOURCES.resolve("package-info.java"), StandardCharsets.UTF_8);
        assertTrue(
                pkg.contains(Seeds.PROPERTY) && pkg.contains(Growth.MAX_LOG2_BUCKETS_PROPERTY),
                "package-info.java names both system properties");
    }
}
