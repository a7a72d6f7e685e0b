package dev.bucketmap.benchmarks.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The text of the word-count benchmark: the {@code .java} files of the running JDK's
 * {@code lib/src.zip} (in the zip's order), or, where a JDK ships no sources, this
 * repository's own {@code .java} files. A word is a maximal run of letters, digits and
 * {@code _}; every occurrence is its own {@code String} instance, as a tokenizer makes them.
 */
public final class Words {

    private Words() {}

    /** The first {@code max} words of the text (fewer if the text is shorter). */
    public static String[] load(int max) {
        Path srcZip = Paths.get(System.getProperty("java.home"), "lib", "src.zip");
        List<String> words = new ArrayList<>(max);
        try {
            if (Files.isRegularFile(srcZip)) {
                fromZip(srcZip, words, max);
            } else {
                fromTree(repositoryRoot(), words, max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.toArray(String[]::new);
    }

    /** Where the words come from, for the report. */
    public static String source() {
        Path srcZip = Paths.get(System.getProperty("java.home"), "lib", "src.zip");
        return Files.isRegularFile(srcZip)
                ? "the .java files of the JDK's lib/src.zip (" + System.getProperty("java.version") + ")"
                : "the .java files of this repository";
    }

    private static void fromZip(Path zip, List<String> words, int max) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements() && words.size() < max) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".java")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        split(new String(in.readAllBytes(), StandardCharsets.UTF_8), words, max);
                    }
                }
            }
        }
    }

    private static void fromTree(Path root, List<String> words, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            if (words.size() >= max) {
                break;
            }
            split(Files.readString(file), words, max);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir.getParent() != null && !Files.isDirectory(dir.resolve("benchmarks"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static void split(String text, List<String> words, int max) {
        int n = text.length();
        int i = 0;
        while (i < n && words.size() < max) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
