package dev.bucketmap.tests;

import java.io.Serializable;

/** A user-defined value class. */
public record Point(int x, int y) implements Serializable {}
