/**
 * The run-time support of the maps that the bucketmap processor generates.
 *
 * <p><b>What is API here.</b> Only these:
 *
 * <ul>
 *   <li>{@link dev.bucketmap.runtime.MapStats}, the snapshot that every generated map's {@code
 *       stats()} returns;
 *   <li>the system property {@code bucketmap.seed} (a {@code long}): deterministic mode, in which
 *       the maps' hash seeds and iteration starts come from one sequence derived from that
 *       number, so a single-threaded program run twice behaves the same;
 *   <li>the system property {@code bucketmap.maxLog2Buckets} (0 to 27): a lower limit on the
 *       size of a table, 2^N buckets, for testing what a program does when a map is full.
 * </ul>
 *
 * <p>Both properties are read once, when the first map is used; a malformed value fails that use
 * with a message naming the property.
 *
 * <p><b>Not API.</b> Every other class here ({@code Buckets}, {@code Growth}, {@code Hashing},
 * {@code Iteration}, {@code Seeds}, {@code Tophash}) is public only because generated code calls
 * it: a generated class lives in the package of your interface, so what it calls must be public
 * and exported. They are the engine's parts, not a library to program against, and may change in
 * any release; do not call them from your own code.
 */
package dev.bucketmap.runtime;
