package dev.bucketmap.tests.map;

import java.io.Serializable;

/** A record key: equality and hashCode by components. */
public record Cell(int row, String column) implements Serializable {}
