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
 * <pre>
 * private static final class Table {
 *   final int log2Buckets, mask;
 *   final long[] keys;      // per main bucket: tophash word, then 8 keys (int keys: int[], word in 2 ints;
 *                           //   reference keys: K[] of 8 keys, words in a long[] of their own)
 *   final Object[] values;  // per main bucket: 8 values (primitive values: an array of their type)
 *   final int[] links;      // per main bucket: ref of its first overflow bucket, or 0
 *   long[] poolKeys; Object[] poolValues; int[] poolLinks; int poolUsed;  // overflow pool
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
    TypeName links = ArrayTypeName.of(TypeName.INT);
    TypeName words = ArrayTypeName.of(TypeName.LONG);
    TypeSpec.Builder table = TypeSpec.classBuilder("Table")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            """
            One bucket array: 2^B main buckets and a pool of overflow buckets, $L slots each.
            <p>A bucket is named by a ref: main bucket {@code b} is {@code b}, pool bucket {@code i} is
            {@code ~i}. A link of 0 means "no overflow bucket" (nothing ever links to main bucket 0).
            A slot is named the same way: {@code bucket * SLOTS + slot}, or {@code ~(i * SLOTS + slot)}
            in the pool. The pool grows by doubling; the main arrays never move.
            """,
            8)
        .addField(FieldSpec.builder(TypeName.INT, "log2Buckets", Modifier.FINAL).build())
        .addField(FieldSpec.builder(TypeName.INT, "mask", Modifier.FINAL).build())
        .addField(
            FieldSpec.builder(keys, "keys", Modifier.FINAL)
                .addJavadoc(layout.interleaved()
                    ? "Per main bucket: its packed tophash word, then its 8 keys.\n"
                    : "Per main bucket: its 8 keys.\n")
                .build());
    if (!layout.interleaved()) {
      table.addField(
          FieldSpec.builder(words, "words", Modifier.FINAL)
              .addJavadoc("Per main bucket: its packed tophash word.\n")
              .build());
    }
    table.addField(
            FieldSpec.builder(values, "values", Modifier.FINAL)
                .addJavadoc("Per main bucket: its $L values.\n", 8)
                .build())
        .addField(
            FieldSpec.builder(links, "links", Modifier.FINAL)
                .addJavadoc("Per main bucket: the ref of its first overflow bucket, or 0.\n")
                .build())
        .addField(
            FieldSpec.builder(keys, "poolKeys")
                .addJavadoc("The overflow pool, laid out like the main buckets.\n")
                .build());
    if (!layout.interleaved()) {
      table.addField(FieldSpec.builder(words, "poolWords").build());
    }
    return table
        .addField(FieldSpec.builder(values, "poolValues").build())
        .addField(FieldSpec.builder(links, "poolLinks").build())
        .addField(
            FieldSpec.builder(TypeName.INT, "poolUsed")
                .addJavadoc("Pool buckets handed out so far.\n")
                .build())
        .addMethod(constructor())
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
        int buckets = 1 << log2Buckets;
        this.mask = buckets - 1;
        int pool = $growth:T.preallocatedOverflowBuckets(log2Buckets);
        this.keys = $newKeys:L;
        this.poolKeys = $newPoolKeys:L;
        """,
        "newKeys", newArray(key, "buckets * " + stride()),
        "newPoolKeys", newArray(key, "pool * " + stride())));
    if (!layout.interleaved()) {
      code.add("this.words = new long[buckets];\n");
      code.add("this.poolWords = new long[pool];\n");
    }
    code.add(t.code(
        """
        this.values = $newValues:L;
        this.poolValues = $newPoolValues:L;
        this.links = new int[buckets];
        this.poolLinks = new int[pool];
        """,
        "newValues", newArray(value, "buckets * SLOTS"),
        "newPoolValues", newArray(value, "pool * SLOTS")));
    return MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "log2Buckets")
        .addCode(code.build())
        .build();
  }

  private static CodeBlock newArray(TypeName element, String length) {
    TypeName raw = element instanceof com.palantir.javapoet.ParameterizedTypeName p ? p.rawType() : element;
    return CodeBlock.of("new $T[$L]", raw, length);
  }

  private MethodSpec find() {
    String declare;
    String word;
    String keyAt;
    String toPool;
    switch (layout) {
      case LONG_WORDS, INT_WORDS -> {
        declare = "$ks:T[] ks = keys;\nint base = b * STRIDE;\n";
        word = layout == Layout.LONG_WORDS ? "ks[base]" : "$tophash:T.join(ks[base], ks[base + 1])";
        keyAt = "ks[" + keyIndex("base", "slot") + "]";
        toPool = "ks = poolKeys;\n  base = ~b * STRIDE;\n";
      }
      default -> {
        declare = "$ks:T[] ks = keys;\nlong[] ws = words;\nint i = b;\n";
        word = "ws[i]";
        keyAt = "ks[i * SLOTS + slot]";
        toPool = "ks = poolKeys;\n  ws = poolWords;\n  i = ~b;\n";
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
                      b = b >= 0 ? links[b] : poolLinks[~b];
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
            if (poolUsed == poolLinks.length) {
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
        .addStatement("int capacity = Math.max(4, poolLinks.length * 2)")
        .addStatement("poolKeys = $T.copyOf(poolKeys, capacity * $L)", Arrays.class, stride());
    if (!layout.interleaved()) {
      code.addStatement("poolWords = $T.copyOf(poolWords, capacity)", Arrays.class);
    }
    code.addStatement("poolValues = $T.copyOf(poolValues, capacity * SLOTS)", Arrays.class)
        .addStatement("poolLinks = $T.copyOf(poolLinks, capacity)", Arrays.class);
    return MethodSpec.methodBuilder("growPool")
        .addJavadoc("Doubles the overflow pool. Only the pool is copied, never the main buckets.\n")
        .addCode(code.build())
        .build();
  }

  private MethodSpec reserve() {
    return MethodSpec.methodBuilder("reserve")
        .addJavadoc("Grows the pool until {@code buckets} more overflow buckets fit without growing.\n")
        .addParameter(TypeName.INT, "buckets")
        .addCode(
            """
            while (poolLinks.length - poolUsed < buckets) {
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
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T.fill(keys, $L)", Arrays.class, zeroKey)
        .addStatement("$T.fill(poolKeys, $L)", Arrays.class, zeroKey);
    if (!layout.interleaved()) {
      code.addStatement("$T.fill(words, 0L)", Arrays.class)
          .addStatement("$T.fill(poolWords, 0L)", Arrays.class);
    }
    if (t.model().value().isReference()) {
      code.addStatement("$T.fill(values, null)", Arrays.class)
          .addStatement("$T.fill(poolValues, null)", Arrays.class);
    }
    code.addStatement("$T.fill(links, 0)", Arrays.class)
        .addStatement("$T.fill(poolLinks, 0)", Arrays.class)
        .addStatement("poolUsed = 0");
    return MethodSpec.methodBuilder("clear")
        .addJavadoc(t.model().value().isReference()
            ? "Empties every bucket in place and returns the pool buckets.\n"
            : "Empties every bucket in place (values of empty slots are never read) and returns\n"
                + "the pool buckets.\n")
        .addCode(code.build())
        .build();
  }

  private List<MethodSpec> accessors() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(word());
    methods.add(setWord());
    methods.add(
        accessor("key", key,
            "return b >= 0 ? keys[" + keyIndex("b * " + stride(), "slot") + "] : poolKeys["
                + keyIndex("~b * " + stride(), "slot") + "];\n",
            "slot")
            .build());
    methods.add(
        setter("setKey", "key", key, keyIndex("b * " + stride(), "slot"),
            keyIndex("~b * " + stride(), "slot"), "keys", "poolKeys"));
    methods.add(
        accessor("value", value,
            "return b >= 0 ? values[b * SLOTS + slot] : poolValues[~b * SLOTS + slot];\n", "slot")
            .build());
    methods.add(
        setter("setValue", "value", value, "b * SLOTS + slot", "~b * SLOTS + slot", "values",
            "poolValues"));
    methods.add(
        accessor("next", TypeName.INT, "return b >= 0 ? links[b] : poolLinks[~b];\n")
            .addJavadoc("The ref of the overflow bucket after {@code b}, or 0.\n")
            .build());
    methods.add(
        MethodSpec.methodBuilder("setNext")
            .addParameter(TypeName.INT, "b")
            .addParameter(TypeName.INT, "next")
            .addCode(
                """
                if (b >= 0) {
                  links[b] = next;
                } else {
                  poolLinks[~b] = next;
                }
                """)
            .build());
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
            .addCode("return ref >= 0 ? values[ref] : poolValues[~ref];\n")
            .build());
    methods.add(
        MethodSpec.methodBuilder("setValueAt")
            .addParameter(TypeName.INT, "ref")
            .addParameter(value, "value")
            .addCode(
                """
                if (ref >= 0) {
                  values[ref] = value;
                } else {
                  poolValues[~ref] = value;
                }
                """)
            .build());
    return methods;
  }

  private MethodSpec word() {
    String body = switch (layout) {
      case LONG_WORDS -> "return b >= 0 ? keys[b * STRIDE] : poolKeys[~b * STRIDE];\n";
      case INT_WORDS -> """
          int[] ks = b >= 0 ? keys : poolKeys;
          int base = (b >= 0 ? b : ~b) * STRIDE;
          return $tophash:T.join(ks[base], ks[base + 1]);
          """;
      case SEPARATE_WORDS -> "return b >= 0 ? words[b] : poolWords[~b];\n";
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
            keys[b * STRIDE] = word;
          } else {
            poolKeys[~b * STRIDE] = word;
          }
          """).build();
      case INT_WORDS -> m.addCode(
          """
          int[] ks = b >= 0 ? keys : poolKeys;
          int base = (b >= 0 ? b : ~b) * STRIDE;
          ks[base] = (int) word;
          ks[base + 1] = (int) (word >>> 32);
          """).build();
      case SEPARATE_WORDS -> m.addCode(
          """
          if (b >= 0) {
            words[b] = word;
          } else {
            poolWords[~b] = word;
          }
          """).build();
    };
  }

  private static MethodSpec setter(
      String name, String param, TypeName type, String mainIndex, String poolIndex, String main,
      String pool) {
    return MethodSpec.methodBuilder(name)
        .addParameter(TypeName.INT, "b")
        .addParameter(TypeName.INT, "slot")
        .addParameter(type, param)
        .beginControlFlow("if (b >= 0)")
        .addStatement("$L[$L] = $L", main, mainIndex, param)
        .nextControlFlow("else")
        .addStatement("$L[$L] = $L", pool, poolIndex, param)
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
