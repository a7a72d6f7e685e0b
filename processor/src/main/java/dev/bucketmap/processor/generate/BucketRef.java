package dev.bucketmap.processor.generate;

import dev.bucketmap.processor.generate.BucketLayout.Place;

/**
 * A bucket as generated code names it: the ref {@code ref} (main bucket {@code b} is {@code b},
 * pool bucket {@code i} is {@code ~i}) of the table {@code table} ({@code "old."}, {@code
 * "chain."}, or {@code ""} for this one), with what is known of which kind of bucket it is. It
 * writes how to find the bucket's chunk of an array and its index in that chunk.
 */
record BucketRef(String ref, String table, Kind kind) {
    /** Which buckets the ref can name. */
    enum Kind {
        /** A main bucket. */
        MAIN,
        /**
         * A main bucket of this table, read through the first-chunk fields when in chunk 0: a
         * lookup in a table of one chunk then reads it without loading a directory entry. Needs
         * the local {@code c}, which {@link #prelude} declares.
         */
        MAIN_FIRST_CHUNK,
        /** A pool bucket. */
        POOL,
        /** Either. */
        ANY
    }

    static BucketRef main(String ref) {
        return new BucketRef(ref, "", Kind.MAIN);
    }

    static BucketRef pool(String ref) {
        return new BucketRef(ref, "", Kind.POOL);
    }

    static BucketRef any(String ref, String table) {
        return new BucketRef(ref, table, Kind.ANY);
    }

    static BucketRef mainFirstChunk(String ref) {
        return new BucketRef(ref, "", Kind.MAIN_FIRST_CHUNK);
    }

    /** Statements to run before {@link #index} and {@link #chunk} can be read. */
    String prelude() {
        return kind == Kind.MAIN_FIRST_CHUNK ? "int c = " + ref + " >>> CHUNK_SHIFT;\n" : "";
    }

    /** The bucket's index in its chunk. */
    String index() {
        return switch (kind) {
            case MAIN, MAIN_FIRST_CHUNK -> ref + " & CHUNK_MASK";
            case POOL -> "~" + ref + " & CHUNK_MASK";
            case ANY -> "(" + ref + " >= 0 ? " + ref + " : ~" + ref + ") & CHUNK_MASK";
        };
    }

    /** The chunk of {@code array} holding the bucket. */
    String chunk(BucketArray array) {
        return switch (kind) {
            case MAIN -> mainChunk(array);
            case POOL -> poolChunk(array);
            case ANY -> ref + " >= 0 ? " + mainChunk(array) + " : " + poolChunk(array);
            case MAIN_FIRST_CHUNK ->
                array.firstChunkCached()
                        ? "c == 0 ? " + array.firstChunk() + " : " + array.name() + "[c]"
                        : array.name() + "[c]";
        };
    }

    /** Element {@code index} of the bucket's chunk of {@code array}. */
    String element(BucketArray array, String index) {
        return switch (kind) {
            case ANY ->
                ref + " >= 0 ? " + mainChunk(array) + "[" + index + "] : " + poolChunk(array) + "[" + index + "]";
            case MAIN_FIRST_CHUNK ->
                array.firstChunkCached() ? "(" + chunk(array) + ")[" + index + "]" : chunk(array) + "[" + index + "]";
            case MAIN, POOL -> chunk(array) + "[" + index + "]";
        };
    }

    /** The element of {@code place} for {@code slot} ("" for none) of the bucket, its index computed from the ref. */
    String element(Place place, String slot) {
        return element(place.array(), BucketLayout.index(place, index(), slot));
    }

    private String mainChunk(BucketArray array) {
        return table + array.name() + "[" + ref + " >>> CHUNK_SHIFT]";
    }

    private String poolChunk(BucketArray array) {
        return table + array.pool() + "[~" + ref + " >>> CHUNK_SHIFT]";
    }
}
