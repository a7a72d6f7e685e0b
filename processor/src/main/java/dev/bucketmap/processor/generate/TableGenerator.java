package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Table}: one bucket array of the engine, 2^B main buckets plus a pool
 * of overflow buckets, with the per-bucket operations (find, insert, clear a slot) that do not
 * need the map's other state.
 *
 * <pre>
 * private static final class Table {
 *   final int log2Buckets, mask;
 *   final long[] keys;      // per main bucket: tophash word, then 8 keys
 *   final Object[] values;  // per main bucket: 8 values
 *   final int[] links;      // per main bucket: ref of its first overflow bucket, or 0
 *   long[] poolKeys; Object[] poolValues; int[] poolLinks; int poolUsed;  // overflow pool
 *   int find(long hash, long key) ...
 * }
 * </pre>
 */
final class TableGenerator {
  private final Template t;

  TableGenerator(Template t) {
    this.t = t;
  }

  TypeSpec generate() {
    TypeName keys = ArrayTypeName.of(t.model().key().storage());
    TypeName values = ArrayTypeName.of(t.model().value().storage());
    TypeName links = ArrayTypeName.of(TypeName.INT);
    return TypeSpec.classBuilder("Table")
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
                .addJavadoc("Per main bucket: its packed tophash word, then its $L keys.\n", 8)
                .build())
        .addField(
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
                .build())
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
        .addMethod(clearSlot())
        .addMethod(clear())
        .addMethods(accessors())
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "log2Buckets")
        .addCode(
            t.code(
                """
                this.log2Buckets = log2Buckets;
                int buckets = 1 << log2Buckets;
                this.mask = buckets - 1;
                this.keys = new $ks:T[buckets * STRIDE];
                this.values = new $vs:T[buckets * SLOTS];
                this.links = new int[buckets];
                int pool = $growth:T.preallocatedOverflowBuckets(log2Buckets);
                this.poolKeys = new $ks:T[pool * STRIDE];
                this.poolValues = new $vs:T[pool * SLOTS];
                this.poolLinks = new int[pool];
                """))
        .build();
  }

  private MethodSpec find() {
    return MethodSpec.methodBuilder("find")
        .addJavadoc(
            """
            Go's mapaccess: the slot ref of {@code key} in the chain its hash selects, or NOT_FOUND.
            One SWAR compare finds the slots whose tophash matches; an emptyRest slot ends the search.
            """)
        .returns(TypeName.INT)
        .addParameter(TypeName.LONG, "hash")
        .addParameter(t.model().key().type(), "key")
        .addCode(
            t.code(
                """
                int top = $tophash:T.of(hash);
                int b = (int) hash & mask;
                $ks:T[] ks = keys;
                int base = b * STRIDE;
                while (true) {
                  long word = ks[base];
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
                  ks = poolKeys;
                  base = ~b * STRIDE;
                }
                """,
                "eq",
                t.model().key().equal("ks[base + 1 + slot]", "key")))
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
        .addParameter(t.model().key().type(), "key")
        .addParameter(t.model().value().storage(), "value")
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
    return MethodSpec.methodBuilder("growPool")
        .addJavadoc("Doubles the overflow pool. Only the pool is copied, never the main buckets.\n")
        .addCode(
            t.code(
                """
                int capacity = Math.max(4, poolLinks.length * 2);
                poolKeys = $arrays:T.copyOf(poolKeys, capacity * STRIDE);
                poolValues = $arrays:T.copyOf(poolValues, capacity * SLOTS);
                poolLinks = $arrays:T.copyOf(poolLinks, capacity);
                """,
                "arrays",
                java.util.Arrays.class))
        .build();
  }

  private MethodSpec clearSlot() {
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
                setValue(b, slot, $absent:L);
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
                """))
        .build();
  }

  private MethodSpec clear() {
    return MethodSpec.methodBuilder("clear")
        .addJavadoc("Empties every bucket in place and returns the pool buckets.\n")
        .addCode(
            t.code(
                """
                $arrays:T.fill(keys, ($ks:T) 0);
                $arrays:T.fill(values, $absent:L);
                $arrays:T.fill(links, 0);
                $arrays:T.fill(poolKeys, ($ks:T) 0);
                $arrays:T.fill(poolValues, $absent:L);
                $arrays:T.fill(poolLinks, 0);
                poolUsed = 0;
                """,
                "arrays",
                java.util.Arrays.class))
        .build();
  }

  private Iterable<MethodSpec> accessors() {
    TypeName k = t.model().key().type();
    TypeName v = t.model().value().storage();
    return java.util.List.of(
        accessor("word", TypeName.LONG, "return b >= 0 ? keys[b * STRIDE] : poolKeys[~b * STRIDE];\n")
            .addJavadoc("The packed tophash word of bucket {@code b}.\n")
            .build(),
        MethodSpec.methodBuilder("setWord")
            .addParameter(TypeName.INT, "b")
            .addParameter(TypeName.LONG, "word")
            .addCode(
                """
                if (b >= 0) {
                  keys[b * STRIDE] = word;
                } else {
                  poolKeys[~b * STRIDE] = word;
                }
                """)
            .build(),
        accessor(
                "key",
                k,
                "return b >= 0 ? keys[b * STRIDE + 1 + slot] : poolKeys[~b * STRIDE + 1 + slot];\n",
                "slot")
            .build(),
        accessor(
                "value",
                v,
                "return b >= 0 ? values[b * SLOTS + slot] : poolValues[~b * SLOTS + slot];\n",
                "slot")
            .build(),
        MethodSpec.methodBuilder("setValue")
            .addParameter(TypeName.INT, "b")
            .addParameter(TypeName.INT, "slot")
            .addParameter(v, "value")
            .addCode(
                """
                if (b >= 0) {
                  values[b * SLOTS + slot] = value;
                } else {
                  poolValues[~b * SLOTS + slot] = value;
                }
                """)
            .build(),
        accessor("next", TypeName.INT, "return b >= 0 ? links[b] : poolLinks[~b];\n")
            .addJavadoc("The ref of the overflow bucket after {@code b}, or 0.\n")
            .build(),
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
            .build(),
        MethodSpec.methodBuilder("put")
            .addJavadoc("Fills slot {@code slot} of bucket {@code b}.\n")
            .addParameter(TypeName.INT, "b")
            .addParameter(TypeName.INT, "slot")
            .addParameter(TypeName.INT, "top")
            .addParameter(k, "key")
            .addParameter(v, "value")
            .addCode(
                t.code(
                    """
                    setWord(b, $tophash:T.set(word(b), slot, top));
                    if (b >= 0) {
                      keys[b * STRIDE + 1 + slot] = key;
                    } else {
                      poolKeys[~b * STRIDE + 1 + slot] = key;
                    }
                    setValue(b, slot, value);
                    """))
            .build(),
        MethodSpec.methodBuilder("valueAt")
            .addJavadoc("The value in slot {@code ref}.\n")
            .returns(v)
            .addParameter(TypeName.INT, "ref")
            .addCode("return ref >= 0 ? values[ref] : poolValues[~ref];\n")
            .build(),
        MethodSpec.methodBuilder("setValueAt")
            .addParameter(TypeName.INT, "ref")
            .addParameter(v, "value")
            .addCode(
                """
                if (ref >= 0) {
                  values[ref] = value;
                } else {
                  poolValues[~ref] = value;
                }
                """)
            .build());
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
