package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generates the {@code Table}'s storage: its chunks, made when first needed, and its pool of
 * overflow buckets. Each method does the same to every array of the {@link BucketLayout}, so it
 * loops over them; the keys' array comes first and is stored last, since a main chunk exists once
 * its chunk of keys does. Every allocation happens before anything is stored, so an
 * OutOfMemoryError leaves a chunk, or the pool, as it was.
 *
 * <pre>
 * Table(int log2Buckets, boolean allocate) ...   // directories, then the chunks unless growing
 * void allocateChunk(int c) ...  void ensureChunk(int b) ...  boolean allocated(int b) ...
 * int newOverflow(int b) ...  void growPool() ...  void reserve(int buckets) ...
 * void clear() ...
 * </pre>
 */
final class TableStorageGenerator {
    private final Template t;
    private final BucketLayout layout;

    TableStorageGenerator(Template t, BucketLayout layout) {
        this.t = t;
        this.layout = layout;
    }

    MethodSpec constructor() {
        CodeBlock.Builder directories = CodeBlock.builder();
        for (BucketArray array : layout.arrays()) {
            directories.add("this.$N = $L;\n", array.name(), array.newDirectory("chunks"));
        }
        for (BucketArray array : layout.arrays()) {
            directories.add("this.$N = $L;\n", array.pool(), array.newDirectory("0"));
        }
        return MethodSpec.constructorBuilder()
                .addJavadoc("""
            A table of 2^{@code log2Buckets} empty buckets; with {@code allocate} false (a table made
            for a growth) its chunks are allocated later, by {@link #ensureChunk}.
            """)
                .addParameter(TypeName.INT, "log2Buckets")
                .addParameter(TypeName.BOOLEAN, "allocate")
                .addCode(t.code("""
                this.log2Buckets = log2Buckets;
                this.mask = (1 << log2Buckets) - 1;
                int chunks = (mask >>> CHUNK_SHIFT) + 1;
                $directories:L\
                if (allocate) {
                  for (int c = 0; c < chunks; c++) {
                    allocateChunk(c);
                  }
                }
                """, "directories", directories.build()))
                .build();
    }

    MethodSpec allocateChunk() {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("int buckets = Math.min(mask + 1, CHUNK_BUCKETS)");
        for (BucketArray array : layout.arrays()) {
            code.addStatement(
                    "$T $N = $L", array.chunkType(), array.newChunk(), array.newArray(array.chunkLength("buckets")));
        }
        for (BucketArray array : layout.arrays()) {
            if (array != layout.first()) {
                code.addStatement("$N[c] = $N", array.name(), array.newChunk());
            }
        }
        code.addStatement("$N[c] = $N", layout.first().name(), layout.first().newChunk())
                .beginControlFlow("if (c == 0)");
        for (BucketArray array : layout.arrays()) {
            if (array.firstChunkCached()) {
                code.addStatement("$N = $N", array.firstChunk(), array.newChunk());
            }
        }
        code.endControlFlow();
        return MethodSpec.methodBuilder("allocateChunk")
                .addJavadoc("""
            Allocates main chunk {@code c}: {@code CHUNK_BUCKETS} buckets, or the whole table if it is
            smaller. Its arrays are all made before any is stored, so an OutOfMemoryError leaves the
            chunk wholly absent; {@code keys[c]} is set last, as it is what says the chunk exists.
            """)
                .addParameter(TypeName.INT, "c")
                .addCode(code.build())
                .build();
    }

    MethodSpec ensureChunk() {
        return MethodSpec.methodBuilder("ensureChunk")
                .addJavadoc("Allocates the chunk of main bucket {@code b} if it is still missing.\n")
                .addParameter(TypeName.INT, "b")
                .addCode(code("""
                int c = b >>> CHUNK_SHIFT;
                if ($keys:N[c] == null) {
                  allocateChunk(c);
                }
                """))
                .build();
    }

    MethodSpec allocated() {
        return MethodSpec.methodBuilder("allocated")
                .addJavadoc("True if the chunk of main bucket {@code b} exists.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.INT, "b")
                .addCode(code("return $keys:N[b >>> CHUNK_SHIFT] != null;\n"))
                .build();
    }

    MethodSpec newOverflow() {
        return MethodSpec.methodBuilder("newOverflow")
                .addJavadoc("Go's newoverflow: takes an empty pool bucket and links it after bucket {@code b}.\n")
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "b")
                .addCode("""
            if (poolUsed == poolCapacity) {
              growPool();
            }
            int ref = ~poolUsed++;
            setNext(b, ref);
            return ref;
            """)
                .build();
    }

    MethodSpec growPool() {
        CodeBlock.Builder directories = CodeBlock.builder();
        CodeBlock.Builder chunks = CodeBlock.builder();
        CodeBlock.Builder stores = CodeBlock.builder();
        for (BucketArray array : layout.arrays()) {
            directories.addStatement("$N = $T.copyOf($N, length)", array.pool(), Arrays.class, array.pool());
            String length = array.chunkLength("buckets");
            chunks.addStatement(
                    "$T $N = resize ? $T.copyOf($N[c], $L) : $L",
                    array.chunkType(),
                    array.newChunk(),
                    Arrays.class,
                    array.pool(),
                    length,
                    array.newArray(length));
            stores.addStatement("$N[c] = $N", array.pool(), array.newChunk());
        }
        return MethodSpec.methodBuilder("growPool")
                .addJavadoc("""
            Makes room for more overflow buckets: the first pool chunk doubles (from 4 buckets, by
            copying) until it holds CHUNK_BUCKETS, then whole chunks are added. No more than one
            chunk is ever copied, and the capacity grows last, so an OutOfMemoryError leaves the
            pool as it was.
            """)
                .addCode(code(
                        """
                int c;
                int buckets;
                if (poolCapacity < CHUNK_BUCKETS) {
                  c = 0;
                  buckets = Math.max(4, poolCapacity * 2);
                } else {
                  c = poolCapacity >>> CHUNK_SHIFT;
                  buckets = CHUNK_BUCKETS;
                }
                if (c == $poolLinks:N.length) {
                  int length = Math.max(4, c * 2);
                  $directories:L\
                }
                boolean resize = $poolKeys:N[c] != null;
                $chunks:L\
                $stores:L\
                poolCapacity = c * CHUNK_BUCKETS + buckets;
                """, "directories", directories.build(), "chunks", chunks.build(), "stores", stores.build()))
                .build();
    }

    MethodSpec reserve() {
        return MethodSpec.methodBuilder("reserve")
                .addJavadoc("Grows the pool until {@code buckets} more overflow buckets fit without growing.\n")
                .addParameter(TypeName.INT, "buckets")
                .addCode("""
            while (poolCapacity - poolUsed < buckets) {
              growPool();
            }
            """)
                .build();
    }

    MethodSpec clear() {
        CodeBlock.Builder fill = CodeBlock.builder();
        CodeBlock.Builder poolFill = CodeBlock.builder();
        for (BucketArray array : layout.arrays()) {
            if (layout.clearedInPlace(array)) {
                fill.addStatement("$T.fill($N[c], $L)", Arrays.class, array.name(), array.zero());
                poolFill.addStatement("$T.fill($N[c], $L)", Arrays.class, array.pool(), array.zero());
            }
        }
        return MethodSpec.methodBuilder("clear")
                .addJavadoc(
                        t.model().value().isReference() || !t.model().value().isPresent()
                                ? "Empties every bucket in place, allocating chunks a growth had not reached, and returns\n"
                                        + "the pool buckets.\n"
                                : "Empties every bucket in place (values of empty slots are never read), allocating chunks\n"
                                        + "a growth had not reached, and returns the pool buckets.\n")
                .addCode(code("""
                for (int c = 0; c < $keys:N.length; c++) {
                  if ($keys:N[c] == null) {
                    allocateChunk(c);
                  } else {
                    $fill:L\
                  }
                }
                for (int c = 0; c < $poolLinks:N.length && $poolKeys:N[c] != null; c++) {
                  $poolFill:L\
                }
                poolUsed = 0;
                """, "fill", fill.build(), "poolFill", poolFill.build()))
                .build();
    }

    /**
     * A template with nested blocks ({@link NestedBlocks}) and the names of the arrays every
     * layout has: {@code $keys:N} (whose chunk says a main chunk exists), {@code $poolKeys:N} and
     * {@code $poolLinks:N}.
     */
    private CodeBlock code(String template, Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "keys",
                layout.first().name(),
                "poolKeys",
                layout.first().pool(),
                "poolLinks",
                layout.link().array().pool()));
        return t.code(NestedBlocks.indent(template), all.toArray());
    }
}
