package dev.bucketmap.examples.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an edge list: one edge per line, two node ids (whole numbers, any {@code long})
 * separated by blanks, a tab or a comma; more columns (a weight, a time) are ignored, and so
 * are blank lines and comments starting with {@code #} or {@code %}, as in the SNAP and
 * KONECT data sets.
 */
final class EdgeListReader {

    /** A line that is not an edge: the message names the file, the line and what was there. */
    static final class BadLineException extends IOException {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message);
        }
    }

    private EdgeListReader() {}

    static Edges read(Path file) throws IOException {
        long[] from = new long[1024];
        long[] to = new long[1024];
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("%")) {
                    continue;
                }
                String[] fields = trimmed.split("[\\s,]+");
                if (fields.length < 2) {
                    throw bad(file, lineNumber, line);
                }
                if (count == from.length) {
                    from = Arrays.copyOf(from, count * 2);
                    to = Arrays.copyOf(to, count * 2);
                }
                try {
                    from[count] = Long.parseLong(fields[0]);
                    to[count] = Long.parseLong(fields[1]);
                } catch (NumberFormatException e) {
                    throw bad(file, lineNumber, line);
                }
                count++;
            }
        }
        String description = String.format(Locale.ROOT, "the edge list %s: %,d edges", file, count);
        return new Edges(description, from, to, count, new long[0]);
    }

    private static BadLineException bad(Path file, long lineNumber, String line) {
        String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
        return new BadLineException(String.format(
                Locale.ROOT, "%s, line %,d: expected two node ids, found \"%s\"", file, lineNumber, shown));
    }
}
