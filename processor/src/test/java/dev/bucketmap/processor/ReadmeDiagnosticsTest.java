package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Diagnostics" section lists every entry of the {@link Message} catalogue. */
class ReadmeDiagnosticsTest {
  @Test
  void everyMessageIsListed() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Diagnostics\n");
    assertTrue(start >= 0, "README.md has no \"## Diagnostics\" section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> missing = Arrays.stream(Message.values())
        .map(Message::name)
        .filter(name -> !section.contains("`" + name + "`"))
        .toList();
    assertTrue(missing.isEmpty(), "README.md's Diagnostics section does not list " + missing);
  }
}
