package dev.bucketmap.examples.wordcount;

import java.util.List;

/**
 * The text to count, read into memory and lower-cased, so that the timed passes measure
 * splitting and counting, not the disk.
 *
 * @param description what was read, for the report
 * @param texts one string per file or zip entry
 * @param bytes the bytes read (before decoding)
 * @param skipped files left out because they look binary (a zero byte in their first 8 KB)
 */
record Corpus(String description, List<String> texts, long bytes, int skipped) {}
