package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bucketmap.processor.generate.BucketLayout.Reach;
import dev.bucketmap.processor.model.KeyKind.Layout;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Table}: one bucket array of the engine, 2^B main buckets plus a pool
 * of overflow buckets, with the per-bucket operations (find, insert, clear a slot) that do not
 * need the map's other state. The key kind's {@link Layout} decides where keys and tophash words
 * live; everything else is the same for every kind.
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
 *   long[][] poolKeys; Object[][] poolValues; int[][] poolLinks; int poolUsed, poolCapacity;
 *   int find(long hash, long key) ...
 * }
 * </pre>
 */
final class TableGenerator {
    private final Template t;
    private final Layout layout;
    private final BucketLayout bucket;
    private final TypeName keys;
    private final TypeName values;
    private final TypeName key;
    private final TypeName value;

    TableGenerator(Template t) {
        this.t = t;
        this.layout = t.model().key().layout();
        this.bucket = BucketLayout.of(t.model());
        this.key = t.model().key().storage();
        this.value = t.model().value().storage();
        this.keys = ArrayTypeName.of(key);
        this.values = ArrayTypeName.of(value);
    }

    /** The constants the table's index arithmetic uses, declared in the map class. */
    List<FieldSpec> constants() {
        List<FieldSpec> constants = new ArrayList<>();
        if (layout.interleaved()) {
            constants.add(constant(
                    "WORD_ELEMENTS",
                    layout.wordElements(),
                    layout == Layout.LONG_WORDS
                            ? "Elements of {@code Table.keys} that a bucket's packed tophash word takes: one long."
                            : "Elements of {@code Table.keys} that a bucket's packed tophash word takes: two ints."));
            if (bucket.valuesBesideKeys()) {
                constants.add(FieldSpec.builder(
                                TypeName.INT, "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Where a bucket's values start in {@code Table.keys}: after its word and keys.\n")
                        .initializer("WORD_ELEMENTS + SLOTS")
                        .build());
            }
            constants.add(FieldSpec.builder(TypeName.INT, "STRIDE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            bucket.valuesBesideKeys()
                                    ? "Elements of {@code Table.keys} per bucket: the tophash word, the keys, then the values.\n"
                                    : "Elements of {@code Table.keys} per bucket: the tophash word, then the keys.\n")
                    .initializer(bucket.valuesBesideKeys() ? "VALUES + SLOTS" : "WORD_ELEMENTS + SLOTS")
                    .build());
        }
        constants.add(derived(
                "CHUNK_SHIFT",
                "$T.CHUNK_SHIFT",
                "log2 of the buckets per chunk: bucket {@code b} is in chunk {@code b >>> CHUNK_SHIFT}."));
        constants.add(derived(
                "CHUNK_BUCKETS", "1 << CHUNK_SHIFT", "Buckets per chunk (a smaller table is one smaller chunk)."));
        constants.add(derived(
                "CHUNK_MASK", "CHUNK_BUCKETS - 1", "{@code b & CHUNK_MASK} is bucket {@code b}'s index in its chunk."));
        constants.add(derived(
                "CHUNK_SLOT_SHIFT",
                "CHUNK_SHIFT + SLOT_SHIFT",
                "Slot ref {@code r} is in chunk {@code r >>> CHUNK_SLOT_SHIFT}."));
        constants.add(derived(
                "CHUNK_SLOT_MASK",
                "(1 << CHUNK_SLOT_SHIFT) - 1",
                "{@code r & CHUNK_SLOT_MASK} is slot ref {@code r}'s index in its chunk."));
        return constants;
    }

    private static FieldSpec derived(String name, String initializer, String doc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(
                        initializer.contains("$T")
                                ? CodeBlock.of(initializer, RuntimeTypes.BUCKETS)
                                : CodeBlock.of(initializer))
                .build();
    }

    private static FieldSpec constant(String name, int value, String doc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$L", value)
                .build();
    }

    TypeSpec generate() {
        TypeName links = ArrayTypeName.of(ArrayTypeName.of(TypeName.INT));
        TypeName words = ArrayTypeName.of(ArrayTypeName.of(TypeName.LONG));
        TypeName keyChunks = ArrayTypeName.of(keys);
        TypeName valueChunks = ArrayTypeName.of(values);
        TypeSpec.Builder table = TypeSpec.classBuilder("Table")
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
                .addField(FieldSpec.builder(keyChunks, "keys", Modifier.FINAL)
                        .addJavadoc(
                                bucket.valuesBesideKeys()
                                        ? "Per chunk, per main bucket: its packed tophash word, its 8 keys, then its 8 values (see"
                                                + " BucketLayout); null until allocated.\n"
                                        : layout.interleaved()
                                                ? "Per chunk, per main bucket: its packed tophash word, then its 8 keys; null until allocated.\n"
                                                : "Per chunk, per main bucket: its 8 keys; null until allocated.\n")
                        .build());
        if (!layout.interleaved()) {
            table.addField(FieldSpec.builder(words, "words", Modifier.FINAL)
                    .addJavadoc("Per chunk, per main bucket: its packed tophash word.\n")
                    .build());
        }
        if (!bucket.valuesBesideKeys()) {
            table.addField(FieldSpec.builder(valueChunks, "values", Modifier.FINAL)
                    .addJavadoc("Per chunk, per main bucket: its $L values.\n", 8)
                    .build());
        }
        table.addField(FieldSpec.builder(links, "links", Modifier.FINAL)
                        .addJavadoc("Per chunk, per main bucket: the ref of its first overflow bucket, or 0.\n")
                        .build())
                .addField(FieldSpec.builder(keys, "keys0")
                        .addJavadoc(
                                """
                    Chunk 0 of {@code keys}$L, also held here: a lookup in a table of one chunk
                    (up to CHUNK_BUCKETS buckets) then reads its bucket without first loading the directory
                    entry, which added about 30% to a hit in a 1,000-entry map.
                    """,
                                bucket.valuesBesideKeys()
                                        ? ""
                                        : layout.interleaved()
                                                ? " and {@code values}"
                                                : ", {@code values} and {@code words}")
                        .build());
        if (!bucket.valuesBesideKeys()) {
            table.addField(FieldSpec.builder(values, "values0").build());
        }
        table.addField(FieldSpec.builder(keyChunks, "poolKeys")
                .addJavadoc("The overflow pool, chunk by chunk, laid out like the main buckets.\n")
                .build());
        if (!layout.interleaved()) {
            table.addField(
                    FieldSpec.builder(ArrayTypeName.of(TypeName.LONG), "words0").build());
            table.addField(FieldSpec.builder(words, "poolWords").build());
        }
        if (!bucket.valuesBesideKeys()) {
            table.addField(FieldSpec.builder(valueChunks, "poolValues").build());
        }
        return table.addField(FieldSpec.builder(links, "poolLinks").build())
                .addField(FieldSpec.builder(TypeName.INT, "poolUsed")
                        .addJavadoc("Pool buckets handed out so far.\n")
                        .build())
                .addField(FieldSpec.builder(TypeName.INT, "poolCapacity")
                        .addJavadoc("Pool buckets allocated so far.\n")
                        .build())
                .addMethod(constructor())
                .addMethod(allocateChunk())
                .addMethod(ensureChunk())
                .addMethod(allocated())
                .addMethod(find())
                .addMethod(get())
                .addMethod(findInPool())
                .addMethod(insert())
                .addMethod(moveChain())
                .addMethod(newOverflow())
                .addMethod(growPool())
                .addMethod(reserve())
                .addMethod(clearSlot())
                .addMethod(clear())
                .addMethods(accessors())
                .build();
    }

    private String stride() {
        return bucket.stride();
    }

    private MethodSpec constructor() {
        CodeBlock.Builder code = CodeBlock.builder()
                .add(t.code(
                        """
        this.log2Buckets = log2Buckets;
        this.mask = (1 << log2Buckets) - 1;
        int chunks = (mask >>> CHUNK_SHIFT) + 1;
        this.keys = $keyDirectory:L;
        this.links = new int[chunks][];
        this.poolKeys = $poolKeyDirectory:L;
        this.poolLinks = new int[0][];
        """, "keyDirectory", newDirectory(key, "chunks"), "poolKeyDirectory", newDirectory(key, "0")));
        if (!bucket.valuesBesideKeys()) {
            code.add("this.values = $L;\n", newDirectory(value, "chunks"));
            code.add("this.poolValues = $L;\n", newDirectory(value, "0"));
        }
        if (!layout.interleaved()) {
            code.add("this.words = new long[chunks][];\n");
            code.add("this.poolWords = new long[0][];\n");
        }
        code.add("""
        if (allocate) {
          for (int c = 0; c < chunks; c++) {
            allocateChunk(c);
          }
        }
        """);
        return MethodSpec.constructorBuilder()
                .addJavadoc("""
            A table of 2^{@code log2Buckets} empty buckets; with {@code allocate} false (a table made
            for a growth) its chunks are allocated later, by {@link #ensureChunk}.
            """)
                .addParameter(TypeName.INT, "log2Buckets")
                .addParameter(TypeName.BOOLEAN, "allocate")
                .addCode(code.build())
                .build();
    }

    /** {@code new K[length][]}: a chunk directory (elements are stored types, always reifiable). */
    private static CodeBlock newDirectory(TypeName element, String length) {
        return TypeNames.newArray(ArrayTypeName.of(element), length);
    }

    private static CodeBlock newArray(TypeName element, String length) {
        return TypeNames.newArray(element, length);
    }

    private MethodSpec allocateChunk() {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int buckets = Math.min(mask + 1, CHUNK_BUCKETS)")
                .addStatement("$T chunkKeys = $L", keys, newArray(key, "buckets * " + stride()));
        if (!bucket.valuesBesideKeys()) {
            code.addStatement("$T chunkValues = $L", values, newArray(value, "buckets * SLOTS"));
            code.addStatement("values[c] = chunkValues");
        }
        code.addStatement("int[] chunkLinks = new int[buckets]");
        if (!layout.interleaved()) {
            code.addStatement("long[] chunkWords = new long[buckets]");
            code.addStatement("words[c] = chunkWords");
        }
        code.addStatement("links[c] = chunkLinks")
                .addStatement("keys[c] = chunkKeys")
                .beginControlFlow("if (c == 0)")
                .addStatement("keys0 = chunkKeys");
        if (!bucket.valuesBesideKeys()) {
            code.addStatement("values0 = chunkValues");
        }
        if (!layout.interleaved()) {
            code.addStatement("words0 = chunkWords");
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

    private MethodSpec ensureChunk() {
        return MethodSpec.methodBuilder("ensureChunk")
                .addJavadoc("Allocates the chunk of main bucket {@code b} if it is still missing.\n")
                .addParameter(TypeName.INT, "b")
                .addCode("""
            int c = b >>> CHUNK_SHIFT;
            if (keys[c] == null) {
              allocateChunk(c);
            }
            """)
                .build();
    }

    private MethodSpec allocated() {
        return MethodSpec.methodBuilder("allocated")
                .addJavadoc("True if the chunk of main bucket {@code b} exists.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.INT, "b")
                .addStatement("return keys[b >>> CHUNK_SHIFT] != null")
                .build();
    }

    /**
     * Declarations of what {@link #readWord}, {@link #writeWord} and {@link #keyAt} use, for the bucket
     * at index {@code i} of the given chunks (see {@link BucketLayout#variables}).
     */
    private String bucketVariables(String keysChunk, String wordsChunk) {
        return bucket.variables("", keysChunk, wordsChunk, null, true);
    }

    /** Declarations that reach main bucket {@code b}: chunk {@code c}, index {@code i}, then its variables. */
    private String mainDeclarations() {
        return "int c = b >>> CHUNK_SHIFT;\nint i = b & CHUNK_MASK;\n"
                + bucketVariables("c == 0 ? keys0 : keys[c]", "c == 0 ? words0 : words[c]");
    }

    /** The bucket's packed tophash word, after {@link #bucketVariables}. */
    private String readWord() {
        return bucket.readWord("");
    }

    /** Statements storing the long {@code word} as the bucket's tophash word, after {@link #bucketVariables}. */
    private String writeWord(String word) {
        return bucket.writeWord("", word);
    }

    /** The key in slot {@code slot} of the bucket, after {@link #bucketVariables}. */
    private String keyAt() {
        return bucket.keyAt("", "slot");
    }

    /** The part of a lookup that reads the main bucket and stops at its emptyRest mark. */
    private String mainBucket(String found, String missing) {
        return "int top = $tophash:T.of(hash);\n"
                + "int b = (int) hash & mask;\n"
                + mainDeclarations()
                + "long word = " + readWord() + ";\n"
                + "for (long match = $tophash:T.match(word, top); match != 0; match &= match - 1) {\n"
                + "  int slot = $tophash:T.firstSlot(match);\n"
                + "  if ($eq:L) {\n"
                + "    return " + found + ";\n"
                + "  }\n"
                + "}\n"
                + "if ($tophash:T.hasEmptyRest(word)) {\n"
                + "  return " + missing + ";\n"
                + "}\n"
                + "int next = links[c][i];\n";
    }

    /** The value in slot {@code slot} of the main bucket, after {@link #mainDeclarations}. */
    private String mainValue() {
        return bucket.valuesBesideKeys()
                ? bucket.valueAt("", "slot")
                : "(c == 0 ? values0 : values[c])[i * SLOTS + slot]";
    }

    private MethodSpec find() {
        return MethodSpec.methodBuilder("find")
                .addJavadoc("""
            Go's mapaccess: the slot ref of {@code key} in the chain its hash selects, or NOT_FOUND.
            One SWAR compare finds the slots whose tophash matches; an emptyRest slot ends the search.
            """)
                .returns(TypeName.INT)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(key, "key")
                .addCode(t.code(
                        mainBucket("b * SLOTS + slot", "NOT_FOUND")
                                + "return next == 0 ? NOT_FOUND : findInPool(next, top, key);\n",
                        "eq",
                        t.model().key().equal(CodeBlock.of("$L", keyAt()), "key")))
                .build();
    }

    private MethodSpec get() {
        return MethodSpec.methodBuilder("get")
                .addJavadoc("""
            The value of {@code key}, or {@code absent}: {@link #find} for reads that want only the
            value. The value chunk is loaded beside the key chunk, so a hit in the main bucket reads
            the value without waiting for a slot ref to be decoded.
            """)
                .returns(value)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(key, "key")
                .addParameter(value, "absent")
                .addCode(t.code(
                        mainBucket(mainValue(), "absent") + """
                    if (next == 0) {
                      return absent;
                    }
                    int ref = findInPool(next, top, key);
                    return ref == NOT_FOUND ? absent : valueAt(ref);
                    """,
                        "eq",
                        t.model().key().equal(CodeBlock.of("$L", keyAt()), "key")))
                .build();
    }

    private MethodSpec findInPool() {
        String declare = "int i = ~b & CHUNK_MASK;\n"
                + bucketVariables("poolKeys[~b >>> CHUNK_SHIFT]", "poolWords[~b >>> CHUNK_SHIFT]");
        return MethodSpec.methodBuilder("findInPool")
                .addJavadoc("{@link #find}, continued from pool bucket {@code b} of a chain.\n")
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.INT, "top")
                .addParameter(key, "key")
                .addCode(t.code(
                        "while (true) {\n"
                                + "  " + declare.replace("\n", "\n  ").stripTrailing() + "\n"
                                + "  long word = " + readWord() + ";\n"
                                + """
                      for (long match = $tophash:T.match(word, top); match != 0; match &= match - 1) {
                        int slot = $tophash:T.firstSlot(match);
                        if ($eq:L) {
                          return ~(~b * SLOTS + slot);
                        }
                      }
                      if ($tophash:T.hasEmptyRest(word)) {
                        return NOT_FOUND;
                      }
                      b = poolLinks[~b >>> CHUNK_SHIFT][i];
                      if (b == 0) {
                        return NOT_FOUND;
                      }
                    }
                    """,
                        "eq",
                        t.model().key().equal(CodeBlock.of("$L", keyAt()), "key")))
                .build();
    }

    private MethodSpec insert() {
        String storeWord = "long filled = $tophash:T.set(word, slot, top);\n" + writeWord("filled");
        return MethodSpec.methodBuilder("insert")
                .addJavadoc("""
            Puts an absent key into the first free slot of its chain, linking a new overflow bucket
            when the chain is full. Returns true if it took a new overflow bucket. A free slot in the
            main bucket, the common case, is filled without going through the accessors.
            """)
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(key, "key")
                .addParameter(value, "value")
                .addCode(t.code("int top = $tophash:T.of(hash);\n"
                        + "int b = (int) hash & mask;\n"
                        + mainDeclarations()
                        + "long word = " + readWord() + ";\n"
                        + "long free = $tophash:T.matchEmpty(word);\n"
                        + "if (free != 0) {\n"
                        + "  int slot = $tophash:T.firstSlot(free);\n"
                        + "  " + storeWord.stripTrailing().replace("\n", "\n  ") + "\n"
                        + "  " + keyAt() + " = key;\n"
                        + "  " + mainValue() + " = value;\n"
                        + "  return false;\n"
                        + "}\n"
                        + """
                    while (true) {
                      int next = next(b);
                      if (next == 0) {
                        put(newOverflow(b), 0, top, key, value);
                        return true;
                      }
                      b = next;
                      long more = $tophash:T.matchEmpty(word(b));
                      if (more != 0) {
                        put(b, $tophash:T.firstSlot(more), top, key, value);
                        return false;
                      }
                    }
                    """))
                .build();
    }

    /**
     * Go's evacuate, the moving part. Entries are read and written straight from the chunks, and
     * the new buckets' tophash words are built in locals and stored once.
     */
    private MethodSpec moveChain() {
        String releaseStale = "";
        if (t.model().key().isReference() || t.model().value().isReference()) {
            // The branch-free path also wrote each entry into the slot the other side would fill next.
            String x = (t.model().key().isReference() ? bucket.keyAt("x", "xSlot") + " = null;\n" : "")
                    + (t.model().value().isReference() ? bucket.valueAt("x", "xSlot") + " = null;\n" : "");
            String y = (t.model().key().isReference() ? bucket.keyAt("y", "ySlot") + " = null;\n" : "")
                    + (t.model().value().isReference() ? bucket.valueAt("y", "ySlot") + " = null;\n" : "");
            releaseStale = "// Drop the copies the branch-free path left in the slots x and y would fill next.\n"
                    + "if (xSlot < SLOTS) {\n" + indent(x) + "}\n"
                    + "if (newBit != 0 && ySlot < SLOTS) {\n" + indent(y) + "}\n";
        }
        String code = "int shift = Integer.numberOfTrailingZeros(newBit);\n"
                + "int counted = 0;\n"
                + "int x = oldBucket;\n"
                + bucket.reach("x", "x", "", Reach.MAIN, true)
                + "int xSlot = 0;\n"
                + "long xWord = 0;\n"
                + "int y = oldBucket + newBit;\n"
                + bucket.reach("y", "y", "", Reach.MAIN, true)
                + "// A same-size growth sends every entry to x: y starts full, so the branch-free path is never taken.\n"
                + "int ySlot = newBit == 0 ? SLOTS : 0;\n"
                + "long yWord = 0;\n"
                + "int b = oldBucket;\n"
                + "do {\n"
                + indent(bucket.reach("", "b", "old.", Reach.ANY, true)
                        + "long word = " + bucket.readWord("") + ";\n"
                        + "long marks = $tophash:T.broadcast($tophash:T.EVACUATED_EMPTY);\n"
                        + "for (long full = $tophash:T.matchFull(word); full != 0; full &= full - 1) {\n"
                        + indent("int slot = $tophash:T.firstSlot(full);\n"
                                + "int top = $tophash:T.get(word, slot);\n"
                                + "$ks:T key = " + bucket.keyAt("", "slot") + ";\n"
                                + "$vs:T value = " + bucket.valueAt("", "slot") + ";\n"
                                + "long hash = $hash:L;\n"
                                + "if (xSlot < SLOTS && ySlot < SLOTS) {\n"
                                + indent(
                                        "// Write the entry to both x and y; only the side its hash bit picks advances.\n"
                                                + "int toY = (int) ((hash & newBit) >>> shift);\n"
                                                + bucket.keyAt("x", "xSlot") + " = key;\n"
                                                + bucket.valueAt("x", "xSlot") + " = value;\n"
                                                + bucket.keyAt("y", "ySlot") + " = key;\n"
                                                + bucket.valueAt("y", "ySlot") + " = value;\n"
                                                + "xWord |= (long) (top & (toY - 1)) << (xSlot << 3);\n"
                                                + "yWord |= (long) (top & -toY) << (ySlot << 3);\n"
                                                + "xSlot += 1 - toY;\n"
                                                + "ySlot += toY;\n"
                                                + "// evacuatedEmpty (4) becomes evacuatedX (2) or evacuatedY (3).\n"
                                                + "marks -= (long) (2 - toY) << (slot << 3);\n")
                                + "} else if ((hash & newBit) != 0) {\n"
                                + indent(side("y", "EVACUATED_Y"))
                                + "} else {\n"
                                + indent(side("x", "EVACUATED_X"))
                                + "}\n")
                        + "}\n"
                        + bucket.writeWord("", "marks")
                        + "b = b >= 0 ? old.links[b >>> CHUNK_SHIFT][i] : old.poolLinks[~b >>> CHUNK_SHIFT][i];\n")
                + "} while (b != 0);\n"
                + bucket.writeWord("x", "xWord")
                + "if (newBit != 0) {\n"
                + indent(bucket.writeWord("y", "yWord"))
                + "}\n"
                + releaseStale
                + "return counted;\n";
        return MethodSpec.methodBuilder("moveChain")
                .addJavadoc("""
            Go's evacuate, the moving part: moves every entry of chain {@code oldBucket} of {@code old}
            into this table, to x = {@code oldBucket} or, in a doubling, to y = {@code oldBucket +
            newBit} when the hash has bit {@code newBit}, and marks the old slots evacuatedX, evacuatedY
            or evacuatedEmpty. x and y are still empty (every write evacuates its key's old bucket
            first), so the tophash word of each is built in a local and stored once. While both have
            room an entry is written to both, and only the side its hash bit picks moves on: that bit
            is random, and branching on it was mispredicted half the time (building a 1,000-entry int
            map went from 49 to 35 ns per insert). The caller has reserved the pool room; returns how
            many of the new overflow buckets count toward noverflow.
            """)
                .returns(TypeName.INT)
                .addParameter(Template.table(t.model()), "old")
                .addParameter(TypeName.INT, "oldBucket")
                .addParameter(TypeName.INT, "newBit")
                .addParameter(TypeName.LONG, "seed")
                .addCode(t.code(code, "hash", t.model().key().hash("key")))
                .build();
    }

    /** The branching path of {@link #moveChain} for one side (x or y): a new overflow bucket when full. */
    private String side(String p, String mark) {
        String s = p + "Slot";
        String w = p + "Word";
        return "if (" + s + " == SLOTS) {\n"
                + indent(bucket.writeWord(p, w)
                        + "if ($growth:T.countsOverflow(log2Buckets, hash)) {\n"
                        + "  counted++;\n"
                        + "}\n"
                        + p + " = newOverflow(" + p + ");\n"
                        + bucket.reach(p, p, "", Reach.POOL, false)
                        + s + " = 0;\n"
                        + w + " = 0;\n")
                + "}\n"
                + bucket.keyAt(p, s) + " = key;\n"
                + bucket.valueAt(p, s) + " = value;\n"
                + w + " = $tophash:T.set(" + w + ", " + s + "++, top);\n"
                + "marks = $tophash:T.set(marks, slot, $tophash:T." + mark + ");\n";
    }

    private static String indent(String code) {
        return code.isEmpty() ? "" : "  " + code.stripTrailing().replace("\n", "\n  ") + "\n";
    }

    private MethodSpec newOverflow() {
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

    private MethodSpec growPool() {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int c")
                .addStatement("int buckets")
                .beginControlFlow("if (poolCapacity < CHUNK_BUCKETS)")
                .addStatement("c = 0")
                .addStatement("buckets = Math.max(4, poolCapacity * 2)")
                .nextControlFlow("else")
                .addStatement("c = poolCapacity >>> CHUNK_SHIFT")
                .addStatement("buckets = CHUNK_BUCKETS")
                .endControlFlow()
                .beginControlFlow("if (c == poolLinks.length)")
                .addStatement("int length = Math.max(4, c * 2)")
                .addStatement("poolKeys = $T.copyOf(poolKeys, length)", Arrays.class);
        if (!layout.interleaved()) {
            code.addStatement("poolWords = $T.copyOf(poolWords, length)", Arrays.class);
        }
        if (!bucket.valuesBesideKeys()) {
            code.addStatement("poolValues = $T.copyOf(poolValues, length)", Arrays.class);
        }
        code.addStatement("poolLinks = $T.copyOf(poolLinks, length)", Arrays.class)
                .endControlFlow()
                .addStatement("boolean resize = poolKeys[c] != null")
                .addStatement(
                        "$T chunkKeys = resize ? $T.copyOf(poolKeys[c], buckets * $L) : $L",
                        keys,
                        Arrays.class,
                        stride(),
                        newArray(key, "buckets * " + stride()));
        if (!bucket.valuesBesideKeys()) {
            code.addStatement(
                    "$T chunkValues = resize ? $T.copyOf(poolValues[c], buckets * SLOTS) : $L",
                    values,
                    Arrays.class,
                    newArray(value, "buckets * SLOTS"));
        }
        code.addStatement(
                "int[] chunkLinks = resize ? $T.copyOf(poolLinks[c], buckets) : new int[buckets]", Arrays.class);
        if (!layout.interleaved()) {
            code.addStatement(
                    "long[] chunkWords = resize ? $T.copyOf(poolWords[c], buckets) : new long[buckets]", Arrays.class);
            code.addStatement("poolWords[c] = chunkWords");
        }
        code.addStatement("poolKeys[c] = chunkKeys");
        if (!bucket.valuesBesideKeys()) {
            code.addStatement("poolValues[c] = chunkValues");
        }
        code.addStatement("poolLinks[c] = chunkLinks").addStatement("poolCapacity = c * CHUNK_BUCKETS + buckets");
        return MethodSpec.methodBuilder("growPool")
                .addJavadoc("""
            Makes room for more overflow buckets: the first pool chunk doubles (from 4 buckets, by
            copying) until it holds CHUNK_BUCKETS, then whole chunks are added. No more than one
            chunk is ever copied, and the capacity grows last, so an OutOfMemoryError leaves the
            pool as it was.
            """)
                .addCode(code.build())
                .build();
    }

    private MethodSpec reserve() {
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

    private MethodSpec clearSlot() {
        CodeBlock.Builder release = CodeBlock.builder();
        if (t.model().key().isReference()) {
            release.addStatement("setKey(b, slot, null)");
        }
        if (t.model().value().isReference()) {
            release.addStatement("setValue(b, slot, null)");
        }
        return MethodSpec.methodBuilder("clearSlot")
                .addJavadoc("""
            Go's mapdelete, after the key is found: empties the slot {@code ref} in the chain of main
            bucket {@code head}. If the chain now ends in a run of empty slots, they are marked
            emptyRest, walking back through the chain, so later misses stop early.
            """)
                .addParameter(TypeName.INT, "head")
                .addParameter(TypeName.INT, "ref")
                .addCode(t.code("""
                int b = ref >= 0 ? ref >>> SLOT_SHIFT : ~(~ref >>> SLOT_SHIFT);
                int slot = (ref >= 0 ? ref : ~ref) & SLOT_MASK;
                $release:L\
                long word = $tophash:T.set(word(b), slot, $tophash:T.EMPTY_ONE);
                boolean endsChain;
                if (slot == SLOTS - 1) {
                  int next = next(b);
                  endsChain = next == 0 || $tophash:T.get(word(next), 0) == $tophash:T.EMPTY_REST;
                } else {
                  endsChain = $tophash:T.get(word, slot + 1) == $tophash:T.EMPTY_REST;
                }
                if (!endsChain) {
                  setWord(b, word);
                  return;
                }
                while (true) {
                  // The run of emptyOne slots ending here becomes emptyRest, in one step per bucket.
                  word = $tophash:T.emptyRestDown(word, slot);
                  setWord(b, word);
                  if ($tophash:T.get(word, 0) != $tophash:T.EMPTY_REST || b == head) {
                    return;
                  }
                  int previous = head;
                  while (next(previous) != b) {
                    previous = next(previous);
                  }
                  b = previous;
                  slot = SLOTS - 1;
                  word = word(b);
                  if ($tophash:T.get(word, slot) != $tophash:T.EMPTY_ONE) {
                    return;
                  }
                }
                """, "release", release.build()))
                .build();
    }

    private MethodSpec clear() {
        String zeroKey = switch (layout) {
            case LONG_WORDS -> "0L";
            case INT_WORDS -> "0";
            case SEPARATE_WORDS -> "null";
        };
        CodeBlock.Builder fill = CodeBlock.builder().addStatement("$T.fill($L[c], $L)", Arrays.class, "keys", zeroKey);
        CodeBlock.Builder poolFill =
                CodeBlock.builder().addStatement("$T.fill($L[c], $L)", Arrays.class, "poolKeys", zeroKey);
        if (!layout.interleaved()) {
            fill.addStatement("$T.fill(words[c], 0L)", Arrays.class);
            poolFill.addStatement("$T.fill(poolWords[c], 0L)", Arrays.class);
        }
        if (t.model().value().isReference()) {
            fill.addStatement("$T.fill(values[c], null)", Arrays.class);
            poolFill.addStatement("$T.fill(poolValues[c], null)", Arrays.class);
        }
        fill.addStatement("$T.fill(links[c], 0)", Arrays.class);
        poolFill.addStatement("$T.fill(poolLinks[c], 0)", Arrays.class);
        CodeBlock code = CodeBlock.builder()
                .beginControlFlow("for (int c = 0; c < keys.length; c++)")
                .beginControlFlow("if (keys[c] == null)")
                .addStatement("allocateChunk(c)")
                .nextControlFlow("else")
                .add(fill.build())
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for (int c = 0; c < poolLinks.length && poolKeys[c] != null; c++)")
                .add(poolFill.build())
                .endControlFlow()
                .addStatement("poolUsed = 0")
                .build();
        return MethodSpec.methodBuilder("clear")
                .addJavadoc(
                        t.model().value().isReference()
                                ? "Empties every bucket in place, allocating chunks a growth had not reached, and returns\n"
                                        + "the pool buckets.\n"
                                : "Empties every bucket in place (values of empty slots are never read), allocating chunks\n"
                                        + "a growth had not reached, and returns the pool buckets.\n")
                .addCode(code)
                .build();
    }

    /** Chunk {@code b >>> CHUNK_SHIFT} of main array {@code main}, or of {@code pool} for a pool ref. */
    private static String mainChunk(String main) {
        return main + "[b >>> CHUNK_SHIFT]";
    }

    private static String poolChunk(String pool) {
        return pool + "[~b >>> CHUNK_SHIFT]";
    }

    /** The index in its chunk of element {@code offset} of bucket {@code b}, {@code perBucket} elements per bucket. */
    private static String mainIndex(String perBucket, String offset) {
        return perBucket.isEmpty()
                ? "b & CHUNK_MASK"
                : "(b & CHUNK_MASK) * " + perBucket + (offset.isEmpty() ? "" : " + " + offset);
    }

    private static String poolIndex(String perBucket, String offset) {
        return perBucket.isEmpty()
                ? "~b & CHUNK_MASK"
                : "(~b & CHUNK_MASK) * " + perBucket + (offset.isEmpty() ? "" : " + " + offset);
    }

    private String keyOffset() {
        return layout.interleaved() ? "WORD_ELEMENTS + slot" : "slot";
    }

    private List<MethodSpec> accessors() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(word());
        methods.add(setWord());
        methods.add(accessor(
                        "key",
                        key,
                        "return b >= 0 ? " + mainChunk("keys") + "[" + mainIndex(stride(), keyOffset()) + "] : "
                                + poolChunk("poolKeys") + "[" + poolIndex(stride(), keyOffset()) + "];\n",
                        "slot")
                .build());
        methods.add(setter("setKey", "key", key, "keys", "poolKeys", stride(), keyOffset()));
        // Values live in their own arrays, or after the keys in the key arrays (BucketLayout).
        String valueMain = bucket.valuesBesideKeys() ? "keys" : "values";
        String valuePool = bucket.valuesBesideKeys() ? "poolKeys" : "poolValues";
        String valueStride = bucket.valuesBesideKeys() ? "STRIDE" : "SLOTS";
        String valueOffset = bucket.valuesBesideKeys() ? "VALUES + slot" : "slot";
        methods.add(accessor(
                        "value",
                        value,
                        "return b >= 0 ? " + mainChunk(valueMain) + "[" + mainIndex(valueStride, valueOffset) + "] : "
                                + poolChunk(valuePool) + "[" + poolIndex(valueStride, valueOffset) + "];\n",
                        "slot")
                .build());
        methods.add(setter("setValue", "value", value, valueMain, valuePool, valueStride, valueOffset));
        methods.add(accessor(
                        "next",
                        TypeName.INT,
                        "return b >= 0 ? " + mainChunk("links") + "[" + mainIndex("", "") + "] : "
                                + poolChunk("poolLinks") + "[" + poolIndex("", "") + "];\n")
                .addJavadoc("The ref of the overflow bucket after {@code b}, or 0.\n")
                .build());
        methods.add(setter("setNext", "next", TypeName.INT, "links", "poolLinks", "", ""));
        methods.add(MethodSpec.methodBuilder("put")
                .addJavadoc("Fills slot {@code slot} of bucket {@code b}.\n")
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.INT, "slot")
                .addParameter(TypeName.INT, "top")
                .addParameter(key, "key")
                .addParameter(value, "value")
                .addCode(t.code("""
                    setWord(b, $tophash:T.set(word(b), slot, top));
                    setKey(b, slot, key);
                    setValue(b, slot, value);
                    """))
                .build());
        methods.add(MethodSpec.methodBuilder("valueAt")
                .addJavadoc("The value in slot {@code ref}.\n")
                .returns(value)
                .addParameter(TypeName.INT, "ref")
                .addCode("return ref >= 0 ? $L : $L;\n", refValue(false), refValue(true))
                .build());
        methods.add(MethodSpec.methodBuilder("setValueAt")
                .addParameter(TypeName.INT, "ref")
                .addParameter(value, "value")
                .beginControlFlow("if (ref >= 0)")
                .addStatement("$L = value", refValue(false))
                .nextControlFlow("else")
                .addStatement("$L = value", refValue(true))
                .endControlFlow()
                .build());
        return methods;
    }

    /** The array element holding the value of slot ref {@code ref} (main) or {@code ~ref} (pool). */
    private String refValue(boolean pool) {
        String r = pool ? "~ref" : "ref";
        String array = bucket.valuesBesideKeys() ? (pool ? "poolKeys" : "keys") : (pool ? "poolValues" : "values");
        String chunk = array + "[" + r + " >>> CHUNK_SLOT_SHIFT]";
        return bucket.valuesBesideKeys()
                ? chunk + "[((" + r + " & CHUNK_SLOT_MASK) >>> SLOT_SHIFT) * STRIDE + VALUES + (" + r + " & SLOT_MASK)]"
                : chunk + "[" + r + " & CHUNK_SLOT_MASK]";
    }

    /** Declarations reaching bucket {@code b}, main or pool, for the word accessors. */
    private String anyBucketWordVariables() {
        return "int i = (b >= 0 ? b : ~b) & CHUNK_MASK;\n"
                + bucket.wordVariables(
                        "b >= 0 ? keys[b >>> CHUNK_SHIFT] : poolKeys[~b >>> CHUNK_SHIFT]",
                        "b >= 0 ? words[b >>> CHUNK_SHIFT] : poolWords[~b >>> CHUNK_SHIFT]");
    }

    private MethodSpec word() {
        return MethodSpec.methodBuilder("word")
                .addJavadoc("The packed tophash word of bucket {@code b}.\n")
                .returns(TypeName.LONG)
                .addParameter(TypeName.INT, "b")
                .addCode(t.code(anyBucketWordVariables() + "return " + readWord() + ";\n"))
                .build();
    }

    private MethodSpec setWord() {
        return MethodSpec.methodBuilder("setWord")
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.LONG, "word")
                .addCode(t.code(anyBucketWordVariables() + writeWord("word")))
                .build();
    }

    /**
     * A setter of element {@code offset} of bucket {@code b} in {@code main} or {@code pool}, with
     * {@code perBucket} elements per bucket ("" for one).
     */
    private static MethodSpec setter(
            String name, String param, TypeName type, String main, String pool, String perBucket, String offset) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addParameter(TypeName.INT, "b");
        if (!offset.isEmpty()) {
            m.addParameter(TypeName.INT, "slot");
        }
        return m.addParameter(type, param)
                .beginControlFlow("if (b >= 0)")
                .addStatement("$L[$L] = $L", mainChunk(main), mainIndex(perBucket, offset), param)
                .nextControlFlow("else")
                .addStatement("$L[$L] = $L", poolChunk(pool), poolIndex(perBucket, offset), param)
                .endControlFlow()
                .build();
    }

    private static MethodSpec.Builder accessor(String name, TypeName returns, String body, String... more) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).returns(returns).addParameter(TypeName.INT, "b");
        for (String p : more) {
            m.addParameter(TypeName.INT, p);
        }
        return m.addCode(body);
    }
}
