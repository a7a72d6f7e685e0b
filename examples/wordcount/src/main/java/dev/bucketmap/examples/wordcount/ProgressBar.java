package dev.bucketmap.examples.wordcount;

import java.io.PrintStream;

/**
 * A progress bar that also reads well in a log: the label and an opening bracket first, then
 * one {@code #} per 1/40 of the work as it is done, then the closing bracket and a summary on
 * the same line. No carriage returns, so a redirected or CI log keeps one clean line. A bar
 * that is not {@code shown} prints nothing, for short inputs.
 */
final class ProgressBar {

    static final int WIDTH = 40;

    private final PrintStream out;
    private final long total;
    private final boolean shown;
    private long done;
    private int drawn;

    ProgressBar(PrintStream out, String label, long total, boolean shown) {
        this.out = out;
        this.total = Math.max(1, total);
        this.shown = shown;
        if (shown) {
            out.print(label + " [");
            out.flush();
        }
    }

    /** Records {@code amount} more units of work done. */
    void advance(long amount) {
        done += amount;
        if (!shown) {
            return;
        }
        int due = (int) Math.min(WIDTH, WIDTH * done / total);
        if (due > drawn) {
            out.print("#".repeat(due - drawn));
            out.flush();
            drawn = due;
        }
    }

    /** Completes the bar and ends its line with {@code summary}. */
    void finish(String summary) {
        if (shown) {
            out.println("#".repeat(WIDTH - drawn) + "] " + summary);
        }
    }
}
