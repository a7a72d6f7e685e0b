package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.TypeNames;

/**
 * One array of the table: the main directory {@code name} (chunks of {@code element}, {@code
 * perBucket} elements per bucket, a constant's name, or null for one), its pool twin, with {@code
 * firstChunkCached} a field holding its chunk 0, and {@code doc}, what the array holds per bucket
 * (for the directory's Javadoc). The names of its fields and locals all derive from {@code name}.
 */
record BucketArray(String name, TypeName element, String perBucket, boolean firstChunkCached, String doc) {
    /** The pool's directory: {@code poolKeys}. */
    String pool() {
        return "pool" + capitalized();
    }

    /** The local a new chunk is held in while its table's chunks are made: {@code chunkKeys}. */
    String newChunk() {
        return "chunk" + capitalized();
    }

    /** The field holding chunk 0: {@code keys0}. */
    String firstChunk() {
        return name + "0";
    }

    /** The short name of a local or field holding a chunk of this array: {@code ks}. */
    String local() {
        return name.charAt(0) + "s";
    }

    TypeName chunkType() {
        return ArrayTypeName.of(element);
    }

    TypeName directoryType() {
        return ArrayTypeName.of(chunkType());
    }

    /** The length of a chunk of {@code buckets} buckets: {@code buckets * STRIDE}. */
    String chunkLength(String buckets) {
        return perBucket == null ? buckets : buckets + " * " + perBucket;
    }

    /** {@code new int[length]} (elements are stored types, always reifiable). */
    CodeBlock newArray(String length) {
        return TypeNames.newArray(element, length);
    }

    /** {@code new int[length][]}: a directory of {@code length} chunks. */
    CodeBlock newDirectory(String length) {
        return TypeNames.newArray(chunkType(), length);
    }

    /** Where the elements of the bucket at {@code index} in its chunk start: {@code (i) * STRIDE}. */
    String bucketStart(String index) {
        if (perBucket == null) {
            return index;
        }
        return (index.contains(" ") ? "(" + index + ")" : index) + " * " + perBucket;
    }

    /** What a cleared element holds: {@code 0L}, {@code 0} or {@code null}. */
    String zero() {
        if (element.equals(TypeName.LONG)) {
            return "0L";
        }
        return element.isPrimitive() ? "0" : "null";
    }

    private String capitalized() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
