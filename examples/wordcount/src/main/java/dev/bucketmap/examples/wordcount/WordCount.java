package dev.bucketmap.examples.wordcount;

import dev.bucketmap.runtime.MapStats;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word count, the classic job for a {@code String → int} map: counts the words of the files and
 * folders given on the command line (default: the running JDK's own sources,
 * {@code lib/src.zip}, or else the files under the current folder) with a generated map's
 * {@code addValue(word, 1)}, then again with {@code HashMap<String, Integer>.merge}, checks that
 * both counted alike, and prints the times, the top words and the map's {@code stats()}.
 *
 * <p>Usage: {@code WordCount [file or folder ...]}; a {@code .zip} is read entry by entry.
 * Exit codes: 0 when both maps agree, 1 when they do not, 2 for a bad argument (a missing file
 * among them), 3 when the input cannot be read or it and its counts do not fit in the heap.
 */
public final class WordCount {

    static final int TOP = 20;
    /** The text each map counts once, untimed, before the timed passes. */
    private static final long WARM_UP_CHARS = 4L << 20;

    static final int OK = 0;
    static final int MISMATCH = 1;
    static final int USAGE = 2;
    static final int CANNOT_READ = 3;

    private static final String USAGE_LINE =
            "usage: WordCount [file or folder ...]   (default: the JDK's lib/src.zip," + " or else the current folder)";

    private WordCount() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Everything {@link #main} does, without exiting: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE_LINE);
            return OK;
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                err.println("WordCount: unknown option " + arg + "; " + USAGE_LINE);
                return USAGE;
            }
        }
        List<Path> paths = new ArrayList<>();
        String description;
        if (args.length > 0) {
            for (String arg : args) {
                if (!Files.exists(Path.of(arg))) {
                    err.println("WordCount: no such file or folder: " + arg);
                    return USAGE;
                }
                paths.add(Path.of(arg));
            }
            description = String.join(" ", args);
        } else if (Files.isRegularFile(CorpusReader.jdkSources())) {
            paths.add(CorpusReader.jdkSources());
            description = "the JDK's own sources, " + CorpusReader.jdkSources();
        } else {
            Path here = Path.of("").toAbsolutePath();
            paths.add(here);
            description = "the files under the current folder, " + here + "\n(this JDK has no lib/src.zip;"
                    + " name any files, folders or .zip files on the command line to count more)";
        }

        out.println("bucketmap example: word count with a String -> int map");
        out.println("Counting " + description);
        try {
            return count(CorpusReader.read(paths, description, out), out);
        } catch (NoSuchFileException e) {
            err.println("WordCount: no such file or folder: " + e.getFile());
            return USAGE;
        } catch (IOException e) {
            err.println("WordCount: cannot read the input: " + e);
            return CANNOT_READ;
        } catch (OutOfMemoryError e) {
            err.println("WordCount: the input and its counts do not fit in the heap; count less, or give a"
                    + " larger -Xmx (MAVEN_OPTS for exec:java)");
            return CANNOT_READ;
        }
    }

    private static int count(Corpus corpus, PrintStream out) {
        long chars = 0;
        for (String text : corpus.texts()) {
            chars += text.length();
        }
        out.printf(
                Locale.ROOT,
                "%,d texts, %.1f MB%s%n%n",
                corpus.texts().size(),
                corpus.bytes() / 1e6,
                corpus.skipped() == 0
                        ? ""
                        : String.format(Locale.ROOT, " (%,d binary files left out)", corpus.skipped()));
        warmUp(corpus.texts());

        boolean bars = corpus.bytes() >= CorpusReader.PROGRESS_FROM_BYTES;
        Pass split = Pass.run("splitting into words, no map", corpus.texts(), word -> {}, out, bars);
        BucketMap_WordCounts counts = new BucketMap_WordCounts();
        Pass bucket =
                Pass.run("BucketMap_WordCounts.addValue", corpus.texts(), word -> counts.addValue(word, 1), out, bars);
        Map<String, Integer> boxed = new HashMap<>();
        Pass hash = Pass.run(
                "HashMap<String, Integer>.merge",
                corpus.texts(),
                word -> boxed.merge(word, 1, Integer::sum),
                out,
                bars);
        if (bars) {
            out.println();
        }

        String row = "  %-32s %14s %10s %10s %12s%n";
        out.printf(Locale.ROOT, row, "", "words", "distinct", "time", "words/s");
        out.printf(Locale.ROOT, row, split.label(), count(split.words()), "-", millis(split), rate(split));
        out.printf(
                Locale.ROOT,
                row,
                bucket.label(),
                count(bucket.words()),
                count(counts.size()),
                millis(bucket),
                rate(bucket));
        out.printf(Locale.ROOT, row, hash.label(), count(hash.words()), count(boxed.size()), millis(hash), rate(hash));
        out.println("  Both counting rows include the splitting (first row), which makes a String per word.");
        out.printf(
                Locale.ROOT,
                "  One run on whatever else this machine was doing: an illustration, not a benchmark.%n%n");

        List<String> problems = Agreement.problems(counts, boxed);
        List<TopWords.Entry> top = TopWords.of(counts, TOP);
        if (!top.equals(TopWords.of(boxed, TOP))) {
            problems.add("the top words differ");
        }
        printTop(top, bucket.words(), out);
        MapStats stats = counts.stats();
        out.printf(
                Locale.ROOT,
                "stats() of the word map: %,d words in %,d buckets (B = %d), %.2f per bucket,"
                        + " %,d overflow buckets, %d doublings%n%n",
                stats.size(),
                stats.buckets(),
                stats.log2Buckets(),
                stats.loadFactor(),
                stats.overflowBuckets(),
                stats.growths());
        if (!problems.isEmpty()) {
            out.println("THE MAPS DISAGREE: " + String.join("; ", problems));
            return MISMATCH;
        }
        out.printf(
                Locale.ROOT,
                "OK: both maps counted the same %,d distinct words with the same counts.%n",
                counts.size());
        return OK;
    }

    /** Lets the JIT compile the splitting and both maps' counting before anything is timed. */
    private static void warmUp(List<String> texts) {
        List<String> slice = new ArrayList<>();
        long chars = 0;
        for (String text : texts) {
            if (chars >= WARM_UP_CHARS) {
                break;
            }
            slice.add(text);
            chars += text.length();
        }
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());
        Pass.run("", slice, word -> {}, nowhere, false);
        BucketMap_WordCounts counts = new BucketMap_WordCounts();
        Pass.run("", slice, word -> counts.addValue(word, 1), nowhere, false);
        Map<String, Integer> boxed = new HashMap<>();
        Pass.run("", slice, word -> boxed.merge(word, 1, Integer::sum), nowhere, false);
    }

    private static void printTop(List<TopWords.Entry> top, long words, PrintStream out) {
        out.printf(Locale.ROOT, "The %d most frequent words (the same from both maps):%n", top.size());
        int width = 4;
        for (TopWords.Entry entry : top) {
            width = Math.max(width, entry.word().length());
        }
        String row = "  %3d  %-" + width + "s %13s %7s%n";
        for (int rank = 0; rank < top.size(); rank++) {
            TopWords.Entry entry = top.get(rank);
            out.printf(
                    Locale.ROOT,
                    row,
                    rank + 1,
                    entry.word(),
                    count(entry.count()),
                    String.format(Locale.ROOT, "%.2f%%", 100.0 * entry.count() / Math.max(1, words)));
        }
        out.println();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String millis(Pass pass) {
        return String.format(Locale.ROOT, "%,.0f ms", pass.nanos() / 1e6);
    }

    private static String rate(Pass pass) {
        return String.format(Locale.ROOT, "%.1f M", pass.rate() / 1e6);
    }
}
