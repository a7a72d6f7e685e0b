package dev.bucketmap.examples.wordcount;

import java.util.function.Consumer;

/**
 * Splits text into words. A token is a maximal run of letters and digits; a token with a digit
 * in it ({@code 0x1f}, {@code u00e9}, {@code utf8}) is a number or a code, not a word, and is
 * left out. So {@code getValue()} is one word, {@code HashMap<String, Integer>} three. The corpus
 * is lower-cased when it is read, so {@code The} and {@code the} are one word.
 */
final class Words {

    private Words() {}

    /** Passes every word of {@code text} to {@code sink}, in order; returns how many there were. */
    static long forEach(String text, Consumer<String> sink) {
        long words = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digits = false;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                digits |= Character.isDigit(text.charAt(i));
                i++;
            }
            if (i > start && !digits) {
                sink.accept(text.substring(start, i));
                words++;
            }
        }
        return words;
    }
}
