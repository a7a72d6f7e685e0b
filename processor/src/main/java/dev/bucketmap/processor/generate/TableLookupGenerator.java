package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

/**
 * Generates the {@code Table}'s work on one chain: Go's mapaccess ({@code find}, {@code get},
 * {@code findInPool}), the insert of an absent key, and mapdelete's {@code clearSlot}. The main
 * bucket of a lookup is read straight from its chunks through a {@link BucketCursor} (and chunk 0
 * through the first-chunk fields), since that is where nearly every lookup ends; overflow buckets
 * are rarer and go through the slot accessors ({@link TableAccessorsGenerator}).
 *
 * <pre>
 * int find(long hash, long key) ...  V get(long hash, long key, V absent) ...
 * int findInPool(int b, int top, long key) ...
 * boolean insert(long hash, long key, V value) ...
 * void clearSlot(int head, int ref) ...
 * </pre>
 */
final class TableLookupGenerator {
    private final Template t;
    private final TypeName key;
    private final TypeName value;
    /** The main bucket a lookup reads, and the cursor it reads it with. */
    private final BucketRef main = BucketRef.mainFirstChunk("b");

    private final BucketCursor bucket;
    /** False for a set, whose insert stores no value and which has no {@code get}. */
    private final boolean values;

    TableLookupGenerator(Template t, BucketLayout layout) {
        this.t = t;
        this.values = layout.value().isPresent();
        this.key = t.model().key().storage();
        this.value = t.model().value().storage();
        this.bucket = layout.lookupCursor();
    }

    /** The part of a lookup that reads the main bucket and stops at its emptyRest mark. */
    private CodeBlock mainBucket(CodeBlock found, String missing) {
        return t.code(
                """
                int top = $tophash:T.of(hash);
                int b = (int) hash & mask;
                $reach:L\
                long word = $word:L;
                for (long match = $tophash:T.match(word, top); match != 0; match &= match - 1) {
                  int slot = $tophash:T.firstSlot(match);
                  if ($eq:L) {
                    return $found:L;
                  }
                }
                if ($tophash:T.hasEmptyRest(word)) {
                  return $missing:L;
                }
                int next = $next:L;
                """,
                "reach",
                bucket.reach(main, true),
                "word",
                bucket.word(),
                "eq",
                keyEquals(),
                "found",
                found,
                "missing",
                missing,
                "next",
                bucket.link(main));
    }

    private CodeBlock keyEquals() {
        return t.model().key().equal(bucket.key("slot"), "key");
    }

    MethodSpec find() {
        return MethodSpec.methodBuilder("find")
                .addJavadoc("""
            Go's mapaccess: the slot ref of {@code key} in the chain its hash selects, or NOT_FOUND.
            One SWAR compare finds the slots whose tophash matches; an emptyRest slot ends the search.
            """)
                .returns(TypeName.INT)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(key, "key")
                .addCode(mainBucket(CodeBlock.of("b * SLOTS + slot"), "NOT_FOUND"))
                .addCode("return next == 0 ? NOT_FOUND : findInPool(next, top, key);\n")
                .build();
    }

    MethodSpec get() {
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
                .addCode(mainBucket(bucket.value("slot", main), "absent"))
                .addCode("""
                    if (next == 0) {
                      return absent;
                    }
                    int ref = findInPool(next, top, key);
                    return ref == NOT_FOUND ? absent : valueAt(ref);
                    """)
                .build();
    }

    MethodSpec findInPool() {
        BucketRef pool = BucketRef.pool("b");
        return MethodSpec.methodBuilder("findInPool")
                .addJavadoc("{@link #find}, continued from pool bucket {@code b} of a chain.\n")
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.INT, "top")
                .addParameter(key, "key")
                .addCode(t.code(
                        NestedBlocks.indent("""
                while (true) {
                  $reach:L\
                  long word = $word:L;
                  for (long match = $tophash:T.match(word, top); match != 0; match &= match - 1) {
                    int slot = $tophash:T.firstSlot(match);
                    if ($eq:L) {
                      return ~(~b * SLOTS + slot);
                    }
                  }
                  if ($tophash:T.hasEmptyRest(word)) {
                    return NOT_FOUND;
                  }
                  b = $next:L;
                  if (b == 0) {
                    return NOT_FOUND;
                  }
                }
                """),
                        "reach",
                        bucket.reach(pool, true),
                        "word",
                        bucket.word(),
                        "eq",
                        keyEquals(),
                        "next",
                        bucket.link(pool)))
                .build();
    }

    MethodSpec insert() {
        MethodSpec.Builder insert = MethodSpec.methodBuilder("insert")
                .addJavadoc("""
            Puts an absent key into the first free slot of its chain, linking a new overflow bucket
            when the chain is full. Returns true if it took a new overflow bucket. A free slot in the
            main bucket, the common case, is filled without going through the accessors.
            """)
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(key, "key");
        if (values) {
            insert.addParameter(value, "value");
        }
        return insert.addCode(t.code(
                        NestedBlocks.indent("""
                int top = $tophash:T.of(hash);
                int b = (int) hash & mask;
                $reach:L\
                long word = $word:L;
                long free = $tophash:T.matchEmpty(word);
                if (free != 0) {
                  int slot = $tophash:T.firstSlot(free);
                  long filled = $tophash:T.set(word, slot, top);
                  $storeWord:L\
                  $key:L = key;
                  $storeValue:L\
                  return false;
                }
                while (true) {
                  int next = next(b);
                  if (next == 0) {
                    put(newOverflow(b), 0, top, $entry:L);
                    return true;
                  }
                  b = next;
                  long more = $tophash:T.matchEmpty(word(b));
                  if (more != 0) {
                    put(b, $tophash:T.firstSlot(more), top, $entry:L);
                    return false;
                  }
                }
                """),
                        "reach",
                        bucket.reach(main, true),
                        "word",
                        bucket.word(),
                        "storeWord",
                        bucket.writeWord("filled"),
                        "key",
                        bucket.key("slot"),
                        "storeValue",
                        values ? CodeBlock.of("$L = value;\n", bucket.value("slot", main)) : CodeBlock.of(""),
                        "entry",
                        values ? "key, value" : "key"))
                .build();
    }

    MethodSpec clearSlot() {
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
}
