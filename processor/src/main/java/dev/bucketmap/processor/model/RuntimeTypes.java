package dev.bucketmap.processor.model;

import com.palantir.javapoet.ClassName;

/** Names of the runtime classes that generated code calls; the processor does not link them. */
public final class RuntimeTypes {
    private static final String PACKAGE = "dev.bucketmap.runtime";

    public static final ClassName BUCKETS = ClassName.get(PACKAGE, "Buckets");
    public static final ClassName TOPHASH = ClassName.get(PACKAGE, "Tophash");
    public static final ClassName HASHING = ClassName.get(PACKAGE, "Hashing");
    public static final ClassName SEEDS = ClassName.get(PACKAGE, "Seeds");
    public static final ClassName ITERATION = ClassName.get(PACKAGE, "Iteration");
    public static final ClassName GROWTH = ClassName.get(PACKAGE, "Growth");
    public static final ClassName MAP_STATS = ClassName.get(PACKAGE, "MapStats");

    private RuntimeTypes() {}
}
