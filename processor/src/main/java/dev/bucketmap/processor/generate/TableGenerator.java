package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bucketmap.processor.model.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Table}, one bucket array of the engine: 2^B main buckets plus a pool
 * of overflow buckets. This file writes its shape and fields and puts the methods together; the
 * {@link BucketLayout} says which arrays a bucket has, {@link TableStorageGenerator} writes the
 * chunks and the pool, {@link TableLookupGenerator} the lookups, inserts and deletes, {@link
 * TableAccessorsGenerator} the slot accessors, and {@link GrowthGenerator} the move of a chain
 * during a growth.
 *
 * <p>Every array is cut into chunks of 2^CHUNK_SHIFT buckets behind a directory (see the runtime's
 * {@code Buckets}): a growing table allocates a chunk only when evacuation first writes to it, so
 * no single put zeroes a whole new table.
 *
 * <pre>
 * private static final class Table {
 *   final int log2Buckets, mask;
 *   final long[][] keys;      // per chunk, per bucket: tophash word, then 8 keys (int keys: int[][], word
 *                             //   in 2 ints; reference keys: K[][] of 8 keys, words in a long[][] of their own)
 *   final Object[][] values;  // per chunk, per bucket: 8 values (primitive values: arrays of their type)
 *   final int[][] links;      // per chunk, per bucket: ref of its first overflow bucket, or 0
 *   long[] keys0; Object[] values0;   // chunk 0 of each, for tables of one chunk
 *   long[][] poolKeys; Object[][] poolValues; int[][] poolLinks; int poolUsed, poolCapacity;
 *   int find(long hash, long key) ...
 * }
 * </pre>
 */
final class TableGenerator {
    private final BucketLayout layout;
    private final TableStorageGenerator storage;
    private final TableLookupGenerator lookup;
    private final TableAccessorsGenerator accessors;
    private final GrowthGenerator growth;

    TableGenerator(Template t, BucketLayout layout, GrowthGenerator growth) {
        this.layout = layout;
        this.storage = new TableStorageGenerator(t, layout);
        this.lookup = new TableLookupGenerator(t, layout);
        this.accessors = new TableAccessorsGenerator(t, layout);
        this.growth = growth;
    }

    /** The constants the table's index arithmetic uses, declared in the map class. */
    List<FieldSpec> constants() {
        List<FieldSpec> constants = new ArrayList<>(layout.constants());
        constants.add(derived(
                "CHUNK_SHIFT",
                CodeBlock.of("$T.CHUNK_SHIFT", RuntimeTypes.BUCKETS),
                "log2 of the buckets per chunk: bucket {@code b} is in chunk {@code b >>> CHUNK_SHIFT}."));
        constants.add(derived(
                "CHUNK_BUCKETS",
                CodeBlock.of("1 << CHUNK_SHIFT"),
                "Buckets per chunk (a smaller table is one smaller chunk)."));
        constants.add(derived(
                "CHUNK_MASK",
                CodeBlock.of("CHUNK_BUCKETS - 1"),
                "{@code b & CHUNK_MASK} is bucket {@code b}'s index in its chunk."));
        constants.add(derived(
                "CHUNK_SLOT_SHIFT",
                CodeBlock.of("CHUNK_SHIFT + SLOT_SHIFT"),
                "Slot ref {@code r} is in chunk {@code r >>> CHUNK_SLOT_SHIFT}."));
        constants.add(derived(
                "CHUNK_SLOT_MASK",
                CodeBlock.of("(1 << CHUNK_SLOT_SHIFT) - 1"),
                "{@code r & CHUNK_SLOT_MASK} is slot ref {@code r}'s index in its chunk."));
        return constants;
    }

    private static FieldSpec derived(String name, CodeBlock initializer, String doc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(initializer)
                .build();
    }

    TypeSpec generate() {
        return TypeSpec.classBuilder("Table")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("""
            One bucket array: 2^B main buckets and a pool of overflow buckets, $L slots each, in chunks.
            <p>A bucket is named by a ref: main bucket {@code b} is {@code b}, pool bucket {@code i} is
            {@code ~i}. A link of 0 means "no overflow bucket" (nothing ever links to main bucket 0).
            A slot is named the same way: {@code bucket * SLOTS + slot}, or {@code ~(i * SLOTS + slot)}
            in the pool. Main bucket {@code b} lives in chunk {@code b >>> CHUNK_SHIFT} at {@code b & CHUNK_MASK};
            a table made for a growth allocates its chunks as evacuation reaches them. The pool grows a
            chunk at a time; no bucket is ever copied.
            """, 8)
                .addField(FieldSpec.builder(TypeName.INT, "log2Buckets", Modifier.FINAL)
                        .build())
                .addField(
                        FieldSpec.builder(TypeName.INT, "mask", Modifier.FINAL).build())
                .addFields(directories())
                .addFields(firstChunks())
                .addFields(poolDirectories())
                .addField(FieldSpec.builder(TypeName.INT, "poolUsed")
                        .addJavadoc("Pool buckets handed out so far.\n")
                        .build())
                .addField(FieldSpec.builder(TypeName.INT, "poolCapacity")
                        .addJavadoc("Pool buckets allocated so far.\n")
                        .build())
                .addMethod(storage.constructor())
                .addMethod(storage.allocateChunk())
                .addMethod(storage.ensureChunk())
                .addMethod(storage.allocated())
                .addMethod(lookup.find())
                .addMethods(layout.value().isPresent() ? List.of(lookup.get()) : List.of())
                .addMethod(lookup.findInPool())
                .addMethod(lookup.insert())
                .addMethod(growth.moveChain())
                .addMethod(storage.newOverflow())
                .addMethod(storage.growPool())
                .addMethod(storage.reserve())
                .addMethod(lookup.clearSlot())
                .addMethod(storage.clear())
                .addMethods(accessors.generate())
                .build();
    }

    /** One directory per array: {@code final long[][] keys;}. */
    private List<FieldSpec> directories() {
        return layout.arrays().stream()
                .map(array -> FieldSpec.builder(array.directoryType(), array.name(), Modifier.FINAL)
                        .addJavadoc("Per chunk, per main bucket: $L.\n", array.doc())
                        .build())
                .toList();
    }

    /** The chunk 0 of each array that has it held in a field, documented on the first. */
    private List<FieldSpec> firstChunks() {
        List<BucketArray> cached =
                layout.arrays().stream().filter(BucketArray::firstChunkCached).toList();
        List<FieldSpec> fields = new ArrayList<>();
        for (BucketArray array : cached) {
            FieldSpec.Builder field = FieldSpec.builder(array.chunkType(), array.firstChunk());
            if (fields.isEmpty()) {
                field.addJavadoc("""
                    Chunk 0 of {@code $L}$L, also held here: a lookup in a table of one chunk
                    (up to CHUNK_BUCKETS buckets) then reads its bucket without first loading the directory
                    entry, which added about 30% to a hit in a 1,000-entry map.
                    """, array.name(), andTheOthers(cached.subList(1, cached.size())));
            }
            fields.add(field.build());
        }
        return fields;
    }

    /** {@code ", {@code words} and {@code values}"}: the arrays after the first, as a sentence goes on. */
    private static String andTheOthers(List<BucketArray> others) {
        if (others.isEmpty()) {
            return "";
        }
        List<String> names =
                others.stream().map(a -> "{@code " + a.name() + "}").toList();
        String last = names.get(names.size() - 1);
        if (names.size() == 1) {
            return " and " + last;
        }
        return ", " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + last;
    }

    /** One pool directory per array: {@code long[][] poolKeys;}. */
    private List<FieldSpec> poolDirectories() {
        List<FieldSpec> fields = new ArrayList<>();
        for (BucketArray array : layout.arrays()) {
            FieldSpec.Builder field = FieldSpec.builder(array.directoryType(), array.pool());
            if (fields.isEmpty()) {
                field.addJavadoc("The overflow pool, chunk by chunk, laid out like the main buckets.\n");
            }
            fields.add(field.build());
        }
        return fields;
    }
}
