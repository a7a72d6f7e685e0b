package dev.bucketmap.examples.wordcount;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One timed pass over the corpus: split every text into words and hand each word to a sink
 * (a map's counting call, or nothing).
 *
 * @param label what the pass did
 * @param words the words seen
 * @param nanos the time it took
 */
record Pass(String label, long words, long nanos) {

    /** Runs a pass; shows a progress bar when {@code withBar}. */
    static Pass run(String label, List<String> texts, Consumer<String> sink, PrintStream out, boolean withBar) {
        long chars = 0;
        for (String text : texts) {
            chars += text.length();
        }
        ProgressBar bar = new ProgressBar(out, String.format(Locale.ROOT, "%-32s", label), chars, withBar);
        long started = System.nanoTime();
        long words = 0;
        for (String text : texts) {
            words += Words.forEach(text, sink);
            bar.advance(text.length());
        }
        long nanos = System.nanoTime() - started;
        bar.finish(String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
        return new Pass(label, words, nanos);
    }

    /** Words per second. */
    double rate() {
        return words / (nanos / 1e9);
    }
}
