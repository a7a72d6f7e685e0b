package dev.bucketmap.examples.wordcount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares the bucket map's counts with the {@code HashMap}'s, word by word. */
final class Agreement {

    private static final int MAX_REPORTED = 5;

    private Agreement() {}

    /** What differs, at most a few examples; empty when both hold the same words and counts. */
    static List<String> problems(WordCounts counts, Map<String, Integer> expected) {
        List<String> problems = new ArrayList<>();
        if (counts.size() != expected.size()) {
            problems.add(counts.size() + " distinct words, expected " + expected.size());
        }
        for (Map.Entry<String, Integer> entry : expected.entrySet()) {
            int count = counts.get(entry.getKey());
            if (count != entry.getValue() && problems.size() < MAX_REPORTED) {
                problems.add("\"" + entry.getKey() + "\" counted " + count + " times, expected " + entry.getValue());
            }
        }
        return problems;
    }
}
