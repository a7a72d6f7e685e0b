package dev.bucketmap.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The user's cursor interface: {@code boolean next(), K key(), V value()} and optionally {@code
 * void setValue(V)} and {@code void remove()}. The generated traversal implements it (all five
 * methods, whichever the interface declares).
 */
public record CursorModel(TypeName type) {}
