package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bucketmap.processor.model.KeyKind.Layout;
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
 * <p>Every array is cut into chunks of 2^shift buckets behind a directory (see the runtime's
 * {@code Buckets}): a growing table allocates a chunk only when evacuation first writes to it, so
 * no single put zeroes a whole new table.
 *
 * <pre>
 * private static final class Table {
 *   final int log2Buckets, mask, shift, chunkMask, slotShift, slotMask;
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
  private final TypeName keys;
  private final TypeName values;
  private final TypeName key;
  private final TypeName value;

  TableGenerator(Template t) {
    this.t = t;
    this.layout = t.model().key().layout();
    this.key = t.model().key().storage();
    this.value = t.model().value().storage();
    this.keys = ArrayTypeName.of(key);
    this.values = ArrayTypeName.of(value);
  }

  /** The constants the table's index arithmetic uses, declared in the map class. */
  List<FieldSpec> constants() {
    if (!layout.interleaved()) {
      return List.of();
    }
    return List.of(
        constant("WORD_ELEMENTS", layout.wordElements(),
            layout == Layout.LONG_WORDS
                ? "Elements of {@code Table.keys} that a bucket's packed tophash word takes: one long."
                : "Elements of {@code Table.keys} that a bucket's packed tophash word takes: two ints."),
        FieldSpec.builder(TypeName.INT, "STRIDE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Elements of {@code Table.keys} per bucket: the tophash word, then the keys.\n")
            .initializer("WORD_ELEMENTS + SLOTS")
            .build());
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
        .addJavadoc(
            """
            One bucket array: 2^B main buckets and a pool of overflow buckets, $L slots each, in chunks.
            <p>A bucket is named by a ref: main bucket {@code b} is {@code b}, pool bucket {@code i} is
            {@code ~i}. A link of 0 means "no overflow bucket" (nothing ever links to main bucket 0).
            A slot is named the same way: {@code bucket * SLOTS + slot}, or {@code ~(i * SLOTS + slot)}
            in the pool. Main bucket {@code b} lives in chunk {@code b >>> shift} at {@code b & chunkMask};
            a table made for a growth allocates its chunks as evacuation reaches them. The pool grows a
            chunk at a time; no bucket is ever copied.
            """,
            8)
        .addField(FieldSpec.builder(TypeName.INT, "log2Buckets", Modifier.FINAL).build())
        .addField(FieldSpec.builder(TypeName.INT, "mask", Modifier.FINAL).build())
        .addField(
            FieldSpec.builder(TypeName.INT, "shift", Modifier.FINAL)
                .addJavadoc("log2 of the main buckets per chunk.\n")
                .build())
        .addField(FieldSpec.builder(TypeName.INT, "chunkMask", Modifier.FINAL).build())
        .addField(
            FieldSpec.builder(TypeName.INT, "slotShift", Modifier.FINAL)
                .addJavadoc("{@code shift + SLOT_SHIFT}: the chunk of main slot ref {@code r} is {@code r >>> slotShift}.\n")
                .build())
        .addField(FieldSpec.builder(TypeName.INT, "slotMask", Modifier.FINAL).build())
        .addField(
            FieldSpec.builder(keyChunks, "keys", Modifier.FINAL)
                .addJavadoc(layout.interleaved()
                    ? "Per chunk, per main bucket: its packed tophash word, then its 8 keys; null until allocated.\n"
                    : "Per chunk, per main bucket: its 8 keys; null until allocated.\n")
                .build());
    if (!layout.interleaved()) {
      table.addField(
          FieldSpec.builder(words, "words", Modifier.FINAL)
              .addJavadoc("Per chunk, per main bucket: its packed tophash word.\n")
              .build());
    }
    table.addField(
            FieldSpec.builder(valueChunks, "values", Modifier.FINAL)
                .addJavadoc("Per chunk, per main bucket: its $L values.\n", 8)
                .build())
        .addField(
            FieldSpec.builder(links, "links", Modifier.FINAL)
                .addJavadoc("Per chunk, per main bucket: the ref of its first overflow bucket, or 0.\n")
                .build())
        .addField(
            FieldSpec.builder(TypeName.INT, "poolShift", Modifier.FINAL)
                .addJavadoc("log2 of the pool buckets per pool chunk.\n")
                .build())
        .addField(FieldSpec.builder(TypeName.INT, "poolMask", Modifier.FINAL).build())
        .addField(FieldSpec.builder(TypeName.INT, "poolSlotShift", Modifier.FINAL).build())
        .addField(FieldSpec.builder(TypeName.INT, "poolSlotMask", Modifier.FINAL).build())
        .addField(
            FieldSpec.builder(keyChunks, "poolKeys")
                .addJavadoc("The overflow pool, chunk by chunk, laid out like the main buckets.\n")
                .build());
    if (!layout.interleaved()) {
      table.addField(FieldSpec.builder(words, "poolWords").build());
    }
    return table
        .addField(FieldSpec.builder(valueChunks, "poolValues").build())
        .addField(FieldSpec.builder(links, "poolLinks").build())
        .addField(
            FieldSpec.builder(TypeName.INT, "poolUsed")
                .addJavadoc("Pool buckets handed out so far.\n")
                .build())
        .addField(
            FieldSpec.builder(TypeName.INT, "poolCapacity")
                .addJavadoc("Pool buckets allocated so far.\n")
                .build())
        .addMethod(constructor())
        .addMethod(allocateChunk())
        .addMethod(ensureChunk())
        .addMethod(allocated())
        .addMethod(find())
        .addMethod(insert())
        .addMethod(newOverflow())
        .addMethod(growPool())
        .addMethod(reserve())
        .addMethod(clearSlot())
        .addMethod(clear())
        .addMethods(accessors())
        .build();
  }

  /** Array elements per bucket in the key array: {@code STRIDE}, or {@code SLOTS} alone. */
  private String stride() {
    return layout.interleaved() ? "STRIDE" : "SLOTS";
  }

  /** The index of key {@code slot} of the bucket starting at {@code base} in the key array. */
  private String keyIndex(String base, String slot) {
    return layout.interleaved() ? base + " + WORD_ELEMENTS + " + slot : base + " + " + slot;
  }

  private MethodSpec constructor() {
    CodeBlock.Builder code = CodeBlock.builder().add(t.code(
        """
        this.log2Buckets = log2Buckets;
        this.mask = (1 << log2Buckets) - 1;
        this.shift = Math.min(log2Buckets, $buckets:T.CHUNK_SHIFT);
        this.chunkMask = (1 << shift) - 1;
        this.slotShift = shift + SLOT_SHIFT;
        this.slotMask = (1 << slotShift) - 1;
        int chunks = 1 << (log2Buckets - shift);
        this.keys = $keyDirectory:L;
        this.values = $valueDirectory:L;
        this.links = new int[chunks][];
        this.poolShift = $buckets:T.poolChunkShift(log2Buckets);
        this.poolMask = (1 << poolShift) - 1;
        this.poolSlotShift = poolShift + SLOT_SHIFT;
        this.poolSlotMask = (1 << poolSlotShift) - 1;
        this.poolKeys = $poolKeyDirectory:L;
        this.poolValues = $poolValueDirectory:L;
        this.poolLinks = new int[0][];
        """,
        "keyDirectory", newDirectory(key, "chunks"),
        "valueDirectory", newDirectory(value, "chunks"),
        "poolKeyDirectory", newDirectory(key, "0"),
        "poolValueDirectory", newDirectory(value, "0")));
    if (!layout.interleaved()) {
      code.add("this.words = new long[chunks][];\n");
      code.add("this.poolWords = new long[0][];\n");
    }
    code.add(
        """
        if (allocate) {
          for (int c = 0; c < chunks; c++) {
            allocateChunk(c);
          }
        }
        """);
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            """
            A table of 2^{@code log2Buckets} empty buckets; with {@code allocate} false (a table made
            for a growth) its chunks are allocated later, by {@link #ensureChunk}.
            """)
        .addParameter(TypeName.INT, "log2Buckets")
        .addParameter(TypeName.BOOLEAN, "allocate")
        .addCode(code.build())
        .build();
  }

  /** {@code new K[length][]}, with the raw type for a generic element. */
  private static CodeBlock newDirectory(TypeName element, String length) {
    return CodeBlock.of("new $T[$L][]", rawType(element), length);
  }

  private static CodeBlock newArray(TypeName element, String length) {
    return CodeBlock.of("new $T[$L]", rawType(element), length);
  }

  private static TypeName rawType(TypeName element) {
    return element instanceof com.palantir.javapoet.ParameterizedTypeName p ? p.rawType() : element;
  }

  private MethodSpec allocateChunk() {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("int buckets = chunkMask + 1")
        .addStatement("$T chunkKeys = $L", keys, newArray(key, "buckets * " + stride()))
        .addStatement("$T chunkValues = $L", values, newArray(value, "buckets * SLOTS"))
        .addStatement("int[] chunkLinks = new int[buckets]");
    if (!layout.interleaved()) {
      code.addStatement("long[] chunkWords = new long[buckets]");
      code.addStatement("words[c] = chunkWords");
    }
    code.addStatement("values[c] = chunkValues")
        .addStatement("links[c] = chunkLinks")
        .addStatement("keys[c] = chunkKeys");
    return MethodSpec.methodBuilder("allocateChunk")
        .addJavadoc(
            """
            Allocates main chunk {@code c}. Its arrays are all made before any is stored, so an
            OutOfMemoryError leaves the chunk wholly absent; {@code keys[c]} is set last, as it
            is what says the chunk exists.
            """)
        .addParameter(TypeName.INT, "c")
        .addCode(code.build())
        .build();
  }

  private MethodSpec ensureChunk() {
    return MethodSpec.methodBuilder("ensureChunk")
        .addJavadoc("Allocates the chunk of main bucket {@code b} if it is still missing.\n")
        .addParameter(TypeName.INT, "b")
        .addCode(
            """
            int c = b >>> shift;
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
        .addStatement("return keys[b >>> shift] != null")
        .build();
  }

  private MethodSpec find() {
    String declare;
    String word;
    String keyAt;
    String toPool;
    switch (layout) {
      case LONG_WORDS, INT_WORDS -> {
        declare = "$ks:T[] ks = keys[b >>> shift];\nint base = (b & chunkMask) * STRIDE;\n";
        word = layout == Layout.LONG_WORDS ? "ks[base]" : "$tophash:T.join(ks[base], ks[base + 1])";
        keyAt = "ks[" + keyIndex("base", "slot") + "]";
        toPool = "ks = poolKeys[~b >>> poolShift];\n  base = (~b & poolMask) * STRIDE;\n";
      }
      default -> {
        declare = "$ks:T[] ks = keys[b >>> shift];\nlong[] ws = words[b >>> shift];\nint i = b & chunkMask;\n";
        word = "ws[i]";
        keyAt = "ks[i * SLOTS + slot]";
        toPool = "ks = poolKeys[~b >>> poolShift];\n  ws = poolWords[~b >>> poolShift];\n  i = ~b & poolMask;\n";
      }
    }
    return MethodSpec.methodBuilder("find")
        .addJavadoc(
            """
            Go's mapaccess: the slot ref of {@code key} in the chain its hash selects, or NOT_FOUND.
            One SWAR compare finds the slots whose tophash matches; an emptyRest slot ends the search.
            """)
        .returns(TypeName.INT)
        .addParameter(TypeName.LONG, "hash")
        .addParameter(key, "key")
        .addCode(
            t.code(
                """
                int top = $tophash:T.of(hash);
                int b = (int) hash & mask;
                """
                    + declare
                    + """
                    while (true) {
                      long word = $word:L;
                      for (long match = $tophash:T.match(word, top); match != 0; match &= match - 1) {
                        int slot = $tophash:T.firstSlot(match);
                        if ($eq:L) {
                          return b >= 0 ? b * SLOTS + slot : ~(~b * SLOTS + slot);
                        }
                      }
                      if ($tophash:T.hasEmptyRest(word)) {
                        return NOT_FOUND;
                      }
                      b = next(b);
                      if (b == 0) {
                        return NOT_FOUND;
                      }
                    """
                    + "  " + toPool
                    + "}\n",
                "word", t.code(word),
                "eq", t.model().key().equal(CodeBlock.of("$L", keyAt), "key")))
        .build();
  }

  private MethodSpec insert() {
    return MethodSpec.methodBuilder("insert")
        .addJavadoc(
            """
            Puts an absent key into the first free slot of its chain, linking a new overflow bucket
            when the chain is full. Returns true if it took a new overflow bucket.
            """)
        .returns(TypeName.BOOLEAN)
        .addParameter(TypeName.LONG, "hash")
        .addParameter(key, "key")
        .addParameter(value, "value")
        .addCode(
            t.code(
                """
                int top = $tophash:T.of(hash);
                int b = (int) hash & mask;
                while (true) {
                  long free = $tophash:T.matchEmpty(word(b));
                  if (free != 0) {
                    put(b, $tophash:T.firstSlot(free), top, key, value);
                    return false;
                  }
                  int next = next(b);
                  if (next == 0) {
                    put(newOverflow(b), 0, top, key, value);
                    return true;
                  }
                  b = next;
                }
                """))
        .build();
  }

  private MethodSpec newOverflow() {
    return MethodSpec.methodBuilder("newOverflow")
        .addJavadoc("Go's newoverflow: takes an empty pool bucket and links it after bucket {@code b}.\n")
        .returns(TypeName.INT)
        .addParameter(TypeName.INT, "b")
        .addCode(
            """
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
        .addStatement("int c = poolCapacity >>> poolShift")
        .beginControlFlow("if (c == poolLinks.length)")
        .addStatement("int length = Math.max(4, c * 2)")
        .addStatement("poolKeys = $T.copyOf(poolKeys, length)", Arrays.class);
    if (!layout.interleaved()) {
      code.addStatement("poolWords = $T.copyOf(poolWords, length)", Arrays.class);
    }
    code.addStatement("poolValues = $T.copyOf(poolValues, length)", Arrays.class)
        .addStatement("poolLinks = $T.copyOf(poolLinks, length)", Arrays.class)
        .endControlFlow()
        .addStatement("int buckets = poolMask + 1")
        .addStatement("$T chunkKeys = $L", keys, newArray(key, "buckets * " + stride()))
        .addStatement("$T chunkValues = $L", values, newArray(value, "buckets * SLOTS"))
        .addStatement("int[] chunkLinks = new int[buckets]");
    if (!layout.interleaved()) {
      code.addStatement("long[] chunkWords = new long[buckets]");
      code.addStatement("poolWords[c] = chunkWords");
    }
    code.addStatement("poolKeys[c] = chunkKeys")
        .addStatement("poolValues[c] = chunkValues")
        .addStatement("poolLinks[c] = chunkLinks")
        .addStatement("poolCapacity += buckets");
    return MethodSpec.methodBuilder("growPool")
        .addJavadoc(
            """
            Adds a chunk to the overflow pool. Only the small directories are ever copied, and the
            capacity grows last, so an OutOfMemoryError leaves the pool as it was.
            """)
        .addCode(code.build())
        .build();
  }

  private MethodSpec reserve() {
    return MethodSpec.methodBuilder("reserve")
        .addJavadoc("Grows the pool until {@code buckets} more overflow buckets fit without growing.\n")
        .addParameter(TypeName.INT, "buckets")
        .addCode(
            """
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
        .addJavadoc(
            """
            Go's mapdelete, after the key is found: empties the slot {@code ref} in the chain of main
            bucket {@code head}. If the chain now ends in a run of empty slots, they are marked
            emptyRest, walking back through the chain, so later misses stop early.
            """)
        .addParameter(TypeName.INT, "head")
        .addParameter(TypeName.INT, "ref")
        .addCode(
            t.code(
                """
                int b = ref >= 0 ? ref >>> SLOT_SHIFT : ~(~ref >>> SLOT_SHIFT);
                int slot = (ref >= 0 ? ref : ~ref) & SLOT_MASK;
                $release:L\
                long word = $tophash:T.set(word(b), slot, $tophash:T.EMPTY_ONE);
                setWord(b, word);
                boolean endsChain;
                if (slot == SLOTS - 1) {
                  int next = next(b);
                  endsChain = next == 0 || $tophash:T.get(word(next), 0) == $tophash:T.EMPTY_REST;
                } else {
                  endsChain = $tophash:T.get(word, slot + 1) == $tophash:T.EMPTY_REST;
                }
                if (!endsChain) {
                  return;
                }
                while (true) {
                  setWord(b, $tophash:T.set(word(b), slot, $tophash:T.EMPTY_REST));
                  if (slot == 0) {
                    if (b == head) {
                      return;
                    }
                    int previous = head;
                    while (next(previous) != b) {
                      previous = next(previous);
                    }
                    b = previous;
                    slot = SLOTS - 1;
                  } else {
                    slot--;
                  }
                  if ($tophash:T.get(word(b), slot) != $tophash:T.EMPTY_ONE) {
                    return;
                  }
                }
                """,
                "release", release.build()))
        .build();
  }

  private MethodSpec clear() {
    String zeroKey = switch (layout) {
      case LONG_WORDS -> "0L";
      case INT_WORDS -> "0";
      case SEPARATE_WORDS -> "null";
    };
    CodeBlock.Builder fill = CodeBlock.builder()
        .addStatement("$T.fill($L[c], $L)", Arrays.class, "keys", zeroKey);
    CodeBlock.Builder poolFill = CodeBlock.builder()
        .addStatement("$T.fill($L[c], $L)", Arrays.class, "poolKeys", zeroKey);
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
        .beginControlFlow("for (int c = 0; c < poolCapacity >>> poolShift; c++)")
        .add(poolFill.build())
        .endControlFlow()
        .addStatement("poolUsed = 0")
        .build();
    return MethodSpec.methodBuilder("clear")
        .addJavadoc(t.model().value().isReference()
            ? "Empties every bucket in place, allocating chunks a growth had not reached, and returns\n"
                + "the pool buckets.\n"
            : "Empties every bucket in place (values of empty slots are never read), allocating chunks\n"
                + "a growth had not reached, and returns the pool buckets.\n")
        .addCode(code)
        .build();
  }

  /** Chunk {@code b >>> shift} of main array {@code main}, or of {@code pool} for a pool ref. */
  private static String mainChunk(String main) {
    return main + "[b >>> shift]";
  }

  private static String poolChunk(String pool) {
    return pool + "[~b >>> poolShift]";
  }

  /** The index in its chunk of element {@code offset} of bucket {@code b}, {@code perBucket} elements per bucket. */
  private static String mainIndex(String perBucket, String offset) {
    return "(b & chunkMask)" + (perBucket.isEmpty() ? "" : " * " + perBucket) + (offset.isEmpty() ? "" : " + " + offset);
  }

  private static String poolIndex(String perBucket, String offset) {
    return "(~b & poolMask)" + (perBucket.isEmpty() ? "" : " * " + perBucket) + (offset.isEmpty() ? "" : " + " + offset);
  }

  private String keyOffset() {
    return layout.interleaved() ? "WORD_ELEMENTS + slot" : "slot";
  }

  private List<MethodSpec> accessors() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(word());
    methods.add(setWord());
    methods.add(
        accessor("key", key,
            "return b >= 0 ? " + mainChunk("keys") + "[" + mainIndex(stride(), keyOffset()) + "] : "
                + poolChunk("poolKeys") + "[" + poolIndex(stride(), keyOffset()) + "];\n",
            "slot")
            .build());
    methods.add(
        setter("setKey", "key", key, "keys", "poolKeys", stride(), keyOffset()));
    methods.add(
        accessor("value", value,
            "return b >= 0 ? " + mainChunk("values") + "[" + mainIndex("SLOTS", "slot") + "] : "
                + poolChunk("poolValues") + "[" + poolIndex("SLOTS", "slot") + "];\n",
            "slot")
            .build());
    methods.add(setter("setValue", "value", value, "values", "poolValues", "SLOTS", "slot"));
    methods.add(
        accessor("next", TypeName.INT,
            "return b >= 0 ? " + mainChunk("links") + "[" + mainIndex("", "") + "] : "
                + poolChunk("poolLinks") + "[" + poolIndex("", "") + "];\n")
            .addJavadoc("The ref of the overflow bucket after {@code b}, or 0.\n")
            .build());
    methods.add(setter("setNext", "next", TypeName.INT, "links", "poolLinks", "", ""));
    methods.add(
        MethodSpec.methodBuilder("put")
            .addJavadoc("Fills slot {@code slot} of bucket {@code b}.\n")
            .addParameter(TypeName.INT, "b")
            .addParameter(TypeName.INT, "slot")
            .addParameter(TypeName.INT, "top")
            .addParameter(key, "key")
            .addParameter(value, "value")
            .addCode(
                t.code(
                    """
                    setWord(b, $tophash:T.set(word(b), slot, top));
                    setKey(b, slot, key);
                    setValue(b, slot, value);
                    """))
            .build());
    methods.add(
        MethodSpec.methodBuilder("valueAt")
            .addJavadoc("The value in slot {@code ref}.\n")
            .returns(value)
            .addParameter(TypeName.INT, "ref")
            .addCode(
                "return ref >= 0 ? values[ref >>> slotShift][ref & slotMask]"
                    + " : poolValues[~ref >>> poolSlotShift][~ref & poolSlotMask];\n")
            .build());
    methods.add(
        MethodSpec.methodBuilder("setValueAt")
            .addParameter(TypeName.INT, "ref")
            .addParameter(value, "value")
            .addCode(
                """
                if (ref >= 0) {
                  values[ref >>> slotShift][ref & slotMask] = value;
                } else {
                  poolValues[~ref >>> poolSlotShift][~ref & poolSlotMask] = value;
                }
                """)
            .build());
    return methods;
  }

  private MethodSpec word() {
    String body = switch (layout) {
      case LONG_WORDS -> "return b >= 0 ? keys[b >>> shift][(b & chunkMask) * STRIDE]"
          + " : poolKeys[~b >>> poolShift][(~b & poolMask) * STRIDE];\n";
      case INT_WORDS -> """
          int[] ks;
          int base;
          if (b >= 0) {
            ks = keys[b >>> shift];
            base = (b & chunkMask) * STRIDE;
          } else {
            ks = poolKeys[~b >>> poolShift];
            base = (~b & poolMask) * STRIDE;
          }
          return $tophash:T.join(ks[base], ks[base + 1]);
          """;
      case SEPARATE_WORDS -> "return b >= 0 ? words[b >>> shift][b & chunkMask]"
          + " : poolWords[~b >>> poolShift][~b & poolMask];\n";
    };
    return MethodSpec.methodBuilder("word")
        .addJavadoc("The packed tophash word of bucket {@code b}.\n")
        .returns(TypeName.LONG)
        .addParameter(TypeName.INT, "b")
        .addCode(t.code(body))
        .build();
  }

  private MethodSpec setWord() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("setWord")
        .addParameter(TypeName.INT, "b")
        .addParameter(TypeName.LONG, "word");
    return switch (layout) {
      case LONG_WORDS -> m.addCode(
          """
          if (b >= 0) {
            keys[b >>> shift][(b & chunkMask) * STRIDE] = word;
          } else {
            poolKeys[~b >>> poolShift][(~b & poolMask) * STRIDE] = word;
          }
          """).build();
      case INT_WORDS -> m.addCode(
          """
          int[] ks;
          int base;
          if (b >= 0) {
            ks = keys[b >>> shift];
            base = (b & chunkMask) * STRIDE;
          } else {
            ks = poolKeys[~b >>> poolShift];
            base = (~b & poolMask) * STRIDE;
          }
          ks[base] = (int) word;
          ks[base + 1] = (int) (word >>> 32);
          """).build();
      case SEPARATE_WORDS -> m.addCode(
          """
          if (b >= 0) {
            words[b >>> shift][b & chunkMask] = word;
          } else {
            poolWords[~b >>> poolShift][~b & poolMask] = word;
          }
          """).build();
    };
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
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name).returns(returns).addParameter(TypeName.INT, "b");
    for (String p : more) {
      m.addParameter(TypeName.INT, p);
    }
    return m.addCode(body);
  }
}
