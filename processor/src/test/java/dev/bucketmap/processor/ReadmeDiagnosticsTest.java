package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics catalogue, {@code docs/diagnostics.md} (which the README links), lists every
 * entry of the {@link Message} catalogue.
 */
class ReadmeDiagnosticsTest {
    @Test
    void everyMessageIsListed() throws IOException {
        String page = Files.readString(Path.of("../docs/diagnostics.md"), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("# Diagnostics\n"), "docs/diagnostics.md starts with \"# Diagnostics\"");
        List<String> missing = Arrays.stream(Message.values())
                .map(Message::name)
                .filter(name -> !page.contains("`" + name + "`"))
                .toList();
        assertTrue(missing.isEmpty(), "docs/diagnostics.md does not list " + missing);
    }

    @Test
    void theReadmeLinksTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("](docs/diagnostics.md)"), "README.md links docs/diagnostics.md");
    }
}
