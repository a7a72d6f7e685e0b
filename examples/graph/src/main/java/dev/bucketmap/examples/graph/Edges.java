package dev.bucketmap.examples.graph;

/**
 * A graph as its list of undirected edges {@code from[i] -- to[i]}, plus nodes that have no
 * edge at all (which an edge-list file cannot name).
 *
 * @param description where the graph came from, for the report
 */
record Edges(String description, long[] from, long[] to, int count, long[] isolated) {}
