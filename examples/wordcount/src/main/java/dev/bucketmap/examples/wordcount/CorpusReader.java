package dev.bucketmap.examples.wordcount;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the texts under the paths given (files, folders walked recursively, {@code .zip} files
 * entry by entry) and reads them. In folders, hidden files and folders and build output
 * ({@code target/}) are left out; anywhere, files that look binary are.
 */
final class CorpusReader {

    /** Inputs at least this large get a progress bar. */
    static final long PROGRESS_FROM_BYTES = 16L << 20;

    private static final int BINARY_PROBE = 8192;

    private CorpusReader() {}

    /** The JDK's own sources, {@code lib/src.zip} of the running JDK, if this JDK has them. */
    static Path jdkSources() {
        return Path.of(System.getProperty("java.home"), "lib", "src.zip");
    }

    /**
     * Reads every text under {@code paths}.
     *
     * @throws NoSuchFileException naming the first path that does not exist
     * @throws IOException when a file or zip that exists cannot be read
     */
    static Corpus read(List<Path> paths, String description, PrintStream out) throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
        }
        List<ZipFile> zips = new ArrayList<>();
        try {
            List<Source> sources = new ArrayList<>();
            for (Path path : paths) {
                collect(path, sources, zips);
            }
            return readAll(sources, description, out);
        } finally {
            for (ZipFile zip : zips) {
                zip.close();
            }
        }
    }

    private static Corpus readAll(List<Source> sources, String description, PrintStream out) throws IOException {
        long expected = 0;
        for (Source source : sources) {
            expected += Math.max(0, source.size());
        }
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(out, "reading ", expected, expected >= PROGRESS_FROM_BYTES);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        int skipped = 0;
        for (Source source : sources) {
            byte[] content = source.read();
            bytes += content.length;
            bar.advance(content.length);
            if (looksBinary(content)) {
                skipped++;
            } else {
                texts.add(new String(content, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            }
        }
        bar.finish(String.format(
                Locale.ROOT,
                "%,d files, %.1f MB in %.1f s",
                sources.size(),
                bytes / 1e6,
                (System.nanoTime() - started) / 1e9));
        return new Corpus(description, texts, bytes, skipped);
    }

    private static void collect(Path path, List<Source> sources, List<ZipFile> zips) throws IOException {
        if (Files.isDirectory(path)) {
            walk(path, sources, zips);
        } else if (isZip(path)) {
            ZipFile zip = new ZipFile(path.toFile());
            zips.add(zip);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    sources.add(new Source.ZipEntryOf(zip, entry));
                }
            }
        } else {
            sources.add(new Source.File(path, Files.size(path)));
        }
    }

    private static void walk(Path root, List<Source> sources, List<ZipFile> zips) throws IOException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && leftOut(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && !leftOut(file)) {
                        if (isZip(file)) {
                            collect(file, sources, zips);
                        } else {
                            sources.add(new Source.File(file, attrs.size()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean leftOut(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.startsWith(".") || name.equals("target");
    }

    private static boolean isZip(Path path) {
        return String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean looksBinary(byte[] content) {
        int probe = Math.min(content.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
