package dev.bucketmap.tests.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A word count over the project's own sources (every *.java and *.md file of the repository,
 * build output and hidden directories left out) with a String -> int map and addValue,
 * checked against a HashMap count.
 */
class WordCountTest {

    @Test
    void countTheWordsOfTheProjectsOwnSources() throws IOException {
        Path root = repositoryRoot();
        List<Path> files = sourceFiles(root);
        BucketMap_Maps_StringInt counts = new BucketMap_Maps_StringInt();
        Map<String, Integer> expected = new HashMap<>();
        long total = 0;
        int read = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                continue; // a file another build removed or rewrote meanwhile, or not UTF-8
            }
            read++;
            for (String word : words(text)) {
                int now = expected.merge(word, 1, Integer::sum);
                int got = counts.addValue(word, 1);
                if (got != now) {
                    fail(file + ": addValue(" + Show.of(word) + ", 1) returned " + got + ", expected " + now);
                }
                total++;
            }
        }
        String ctx = read + " files under " + root + ", " + total + " words, " + expected.size() + " distinct";
        assertTrue(read >= 20, () -> ctx + ": too few files to count");
        assertTrue(total >= 10_000, () -> ctx + ": too few words to count");

        assertEquals(expected.size(), counts.size(), () -> ctx + ": size()");
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            int got = counts.get(e.getKey());
            if (got != e.getValue()) {
                fail(ctx + ": get(" + Show.of(e.getKey()) + ") = " + got + ", expected " + e.getValue());
            }
        }
        String[] keys = counts.keys();
        int[] values = counts.values();
        assertEquals(expected.size(), keys.length, ctx);
        assertEquals(expected.size(), values.length, ctx);
        Set<String> keySet = new HashSet<>(List.of(keys));
        assertEquals(keys.length, keySet.size(), () -> ctx + ": keys() has repeats");
        assertEquals(expected.keySet(), keySet, () -> ctx + ": keys()");
        Map<Integer, Long> wantHistogram =
                expected.values().stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        Map<Integer, Long> gotHistogram =
                java.util.Arrays.stream(values).boxed().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        assertEquals(wantHistogram, gotHistogram, () -> ctx + ": values() as a multiset");
        assertEquals(total, java.util.Arrays.stream(values).asLongStream().sum(), () -> ctx + ": sum of values()");

        Map<String, Integer> viaForEach = new HashMap<>();
        counts.forEach((k, v) -> viaForEach.put(k, v));
        assertEquals(expected, viaForEach, () -> ctx + ": forEach");
        Maps.StringInt.Cursor c = counts.cursor();
        int n = 0;
        while (c.next()) {
            assertEquals(expected.get(c.key()), c.value(), ctx);
            n++;
        }
        assertEquals(expected.size(), n, () -> ctx + ": cursor");
        assertEquals(0, counts.get("two words"), () -> ctx + ": a token never seen (words have no blanks)");
        assertEquals(0, counts.get(null), () -> ctx + ": the null key, never counted");
        assertEquals(new HashMap<>(expected).hashCode(), counts.hashCode(), () -> ctx + ": hashCode()");
    }

    /** Maximal runs of letters and digits (by code point). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inWord = Character.isLetterOrDigit(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Surefire runs with the tests module as working directory: walk up to the parent POM. */
    static Path repositoryRoot() throws IOException {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && Files.readString(pom).contains("<artifactId>bucketmap-parent</artifactId>")
                    && Files.isDirectory(dir.resolve("processor"))) {
                return dir;
            }
        }
        fail("no bucketmap-parent pom.xml above " + Paths.get("").toAbsolutePath());
        return null;
    }

    static List<Path> sourceFiles(Path root) throws IOException {
        assertNotNull(root);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> {
                        Path rel = root.relativize(p);
                        for (Path part : rel) {
                            String name = part.toString();
                            if (name.equals("target") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString();
                        return (name.endsWith(".java") || name.endsWith(".md")) && Files.isRegularFile(p);
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            // A directory removed by a concurrent build while walking: walk again once.
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(p ->
                                p.toString().endsWith(".java") || p.toString().endsWith(".md"))
                        .filter(p -> !p.toString().contains("/target/")
                                && !p.toString().contains("/."))
                        .sorted()
                        .collect(Collectors.toList());
            }
        }
    }
}
