package dev.bucketmap.examples.wordcount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** The most frequent words of a count: most frequent first, ties in alphabetical order. */
final class TopWords {

    /** A word and its count. */
    record Entry(String word, int count) {}

    static final Comparator<Entry> MOST_FREQUENT_FIRST =
            Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::word);

    private TopWords() {}

    /** The top {@code n} words of the bucket map, walked with its allocation-free cursor. */
    static List<Entry> of(WordCounts counts, int n) {
        PriorityQueue<Entry> top = new PriorityQueue<>(MOST_FREQUENT_FIRST.reversed());
        WordCounts.Cursor c = counts.cursor();
        while (c.next()) {
            offer(top, c.key(), c.value(), n);
        }
        return sorted(top);
    }

    /** The top {@code n} words of a {@code HashMap}. */
    static List<Entry> of(Map<String, Integer> counts, int n) {
        PriorityQueue<Entry> top = new PriorityQueue<>(MOST_FREQUENT_FIRST.reversed());
        counts.forEach((word, count) -> offer(top, word, count, n));
        return sorted(top);
    }

    private static void offer(PriorityQueue<Entry> top, String word, int count, int n) {
        if (top.size() < n) {
            top.add(new Entry(word, count));
        } else if (n > 0) {
            Entry candidate = new Entry(word, count);
            if (MOST_FREQUENT_FIRST.compare(candidate, top.peek()) < 0) {
                top.poll();
                top.add(candidate);
            }
        }
    }

    private static List<Entry> sorted(PriorityQueue<Entry> top) {
        List<Entry> list = new ArrayList<>(top);
        list.sort(MOST_FREQUENT_FIRST);
        return list;
    }
}
