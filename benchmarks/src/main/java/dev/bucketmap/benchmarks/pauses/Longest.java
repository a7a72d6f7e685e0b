package dev.bucketmap.benchmarks.pauses;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The {@code k} longest durations seen and the map size at each, longest first. */
final class Longest {
    private final long[] durations;
    private final int[] sizes;

    Longest(int k) {
        durations = new long[k];
        sizes = new int[k];
    }

    /** Keeps this duration if it is among the longest so far (insertion into a short sorted array). */
    void offer(long duration, int size) {
        int last = durations.length - 1;
        if (duration <= durations[last]) {
            return;
        }
        int i = last;
        while (i > 0 && durations[i - 1] < duration) {
            durations[i] = durations[i - 1];
            sizes[i] = sizes[i - 1];
            i--;
        }
        durations[i] = duration;
        sizes[i] = size;
    }

    int sizeOfLongest() {
        return sizes[0];
    }

    /** The durations in microseconds, separated by {@code ;}. */
    String durations() {
        return Arrays.stream(durations)
                .mapToObj(d -> String.format(Locale.ROOT, "%.1f", d / 1000.0))
                .collect(Collectors.joining(";"));
    }

    /** The sizes, separated by {@code ;}. */
    String sizes() {
        return IntStream.of(sizes).mapToObj(Integer::toString).collect(Collectors.joining(";"));
    }
}
