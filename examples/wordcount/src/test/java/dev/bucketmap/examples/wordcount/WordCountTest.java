package dev.bucketmap.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts small inputs: the bucket map must count exactly what HashMap counts. */
class WordCountTest {

    @TempDir
    Path dir;

    @Test
    void wordsAreRunsOfLettersWithoutDigits() {
        List<String> words = new ArrayList<>();
        long n = Words.forEach("getValue() of HashMap<String, Integer>: 0x1f u00e9 utf8 , élan naïve--x", words::add);

        assertEquals(List.of("getValue", "of", "HashMap", "String", "Integer", "élan", "naïve", "x"), words);
        assertEquals(8, n);
        assertEquals(0, Words.forEach("", words::add));
        assertEquals(0, Words.forEach(" 42 ... ", words::add));
    }

    @Test
    void theBucketMapCountsWhatHashMapCounts() {
        String text = "the cat and the hat and the bat sat on the mat ".repeat(50)
                + String.join(" ", manyDistinctWords(5_000));
        BucketMap_WordCounts counts = new BucketMap_WordCounts();
        Map<String, Integer> expected = new HashMap<>();
        Words.forEach(text, word -> counts.addValue(word, 1));
        Words.forEach(text, word -> expected.merge(word, 1, Integer::sum));

        assertEquals(List.of(), Agreement.problems(counts, expected));
        assertEquals(200, counts.get("the"));
        assertEquals(0, counts.get("dog"));
        assertEquals(TopWords.of(expected, 7), TopWords.of(counts, 7));
        assertEquals(new TopWords.Entry("the", 200), TopWords.of(counts, 1).get(0));
    }

    @Test
    void aDisagreementIsReported() {
        BucketMap_WordCounts counts = new BucketMap_WordCounts();
        counts.addValue("one", 1);
        counts.addValue("two", 3);

        List<String> problems = Agreement.problems(counts, Map.of("one", 1, "two", 2));
        assertEquals(List.of("\"two\" counted 3 times, expected 2"), problems);
    }

    @Test
    void topWordsBreakTiesAlphabetically() {
        Map<String, Integer> counts = Map.of("b", 2, "a", 2, "c", 5, "d", 1);
        assertEquals(
                List.of(new TopWords.Entry("c", 5), new TopWords.Entry("a", 2), new TopWords.Entry("b", 2)),
                TopWords.of(counts, 3));
    }

    @Test
    void foldersAndZipsAreReadButHiddenBuildAndBinaryFilesAreNot() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Alpha beta\nBETA");
        Files.createDirectories(dir.resolve("sub/target"));
        Files.writeString(dir.resolve("sub/b.md"), "beta gamma");
        Files.writeString(dir.resolve("sub/target/generated.txt"), "left out");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "left out");
        Files.write(dir.resolve("image.bin"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("more.zip")))) {
            zip.putNextEntry(new ZipEntry("x/c.java"));
            zip.write("class Gamma { int delta; }".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Corpus corpus = CorpusReader.read(List.of(dir), "test", new PrintStream(OutputStream.nullOutputStream()));

        Map<String, Integer> counts = new HashMap<>();
        corpus.texts().forEach(text -> Words.forEach(text, word -> counts.merge(word, 1, Integer::sum)));
        assertEquals(Map.of("alpha", 1, "beta", 3, "gamma", 2, "class", 1, "int", 1, "delta", 1), counts);
        assertEquals(1, corpus.skipped(), "the binary file");
    }

    @Test
    void programCountsTheGivenFilesAndExitsZero() throws IOException {
        Path file = dir.resolve("words.txt");
        Files.writeString(file, "to be or not to be that is the question ".repeat(1_000));

        Output output = new Output();
        int status = WordCount.run(new String[] {file.toString()}, output.out, output.err);

        String printed = output.out();
        assertEquals(WordCount.OK, status, printed + output.err());
        assertEquals("", output.err());
        assertTrue(printed.contains("OK: both maps counted the same 8 distinct words"), printed);
        assertTrue(printed.matches("(?s).*\\n    1  be\\s+2,000 .*"), printed);
        assertTrue(printed.contains("stats() of the word map: 8 words"), printed);
        assertTrue(!printed.contains("["), "no progress bar on a small input:\n" + printed);
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo() {
        Output output = new Output();
        String missing = dir.resolve("no-such-file.txt").toString();
        int status = WordCount.run(new String[] {dir.toString(), missing}, output.out, output.err);

        assertEquals(WordCount.USAGE, status);
        assertEquals("", output.out());
        assertEquals(
                "WordCount: no such file or folder: " + missing + "\n",
                output.err().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCodeTwo() {
        Output output = new Output();
        assertEquals(WordCount.USAGE, WordCount.run(new String[] {"--top", "5"}, output.out, output.err));
        assertEquals("", output.out());
        assertTrue(output.err().startsWith("WordCount: unknown option --top"), output.err());
        assertEquals(1, output.err().lines().count(), output.err());
    }

    @Test
    void theProgressBarDrawsItsFullWidthOnceAndOnlyWhenShown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar(out, "work", 1_000, true);
        for (int i = 0; i < 999; i++) {
            bar.advance(1);
        }
        bar.finish("done");
        new ProgressBar(out, "hidden", 10, false).finish("never printed");

        assertEquals(
                "work [" + "#".repeat(ProgressBar.WIDTH) + "] done" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<String> manyDistinctWords(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder word = new StringBuilder("q");
            for (int x = i + 1; x > 0; x /= 26) {
                word.append((char) ('a' + x % 26));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static final class Output {
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }
}
