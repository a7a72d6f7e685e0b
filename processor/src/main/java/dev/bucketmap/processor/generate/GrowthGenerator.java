package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates growth, as Go's map.go has it: {@code startGrowth} (hashGrow) makes the new table,
 * and every write then evacuates a couple of old buckets ({@code growWork}, {@code evacuate})
 * until {@code advanceEvacuationMark} finds none left. Nothing is rehashed at once: a growth costs
 * each write a bounded amount of work. The moving itself, {@code moveChain}, is a method of the
 * new {@code Table}, since it reads and writes the chunks of two tables directly; the rest belongs
 * to the map, whose state (oldTable, nevacuate) says how far the growth has come.
 *
 * <pre>
 * private void startGrowth() ...                 // in the map class
 * private void growWork(long hash) ...
 * private void evacuate(int oldBucket) ...
 * private void advanceEvacuationMark() ...
 * int moveChain(Table old, int oldBucket, int newBit, long seed) ...   // in Table
 * </pre>
 */
final class GrowthGenerator {
    private final Template t;
    private final BucketLayout layout;
    /** False for a set: moving an entry moves its element alone. */
    private final boolean values;

    GrowthGenerator(Template t, BucketLayout layout) {
        this.values = layout.value().isPresent();
        this.t = t;
        this.layout = layout;
    }

    /** The map's methods, in the order the map class declares them. */
    List<MethodSpec> mapMethods() {
        return List.of(startGrowth(), growWork(), evacuate(), advanceEvacuationMark());
    }

    private MethodSpec startGrowth() {
        return MethodSpec.methodBuilder("startGrowth")
                .addJavadoc("""
            Go's hashGrow: a table over its load factor doubles; one with too many overflow buckets is
            rebuilt at the same size, which packs its chains. Nothing moves now: entries follow a
            couple of buckets per write ({@link #growWork}). Nor is the new table's memory allocated
            now, only its chunk directory: evacuation allocates each chunk as it reaches it.
            """)
                .addModifiers(Modifier.PRIVATE)
                .addCode(t.code("""
                int log2 = table.log2Buckets;
                boolean sameSize = !$growth:T.overLoadFactor(count + 1L, log2);
                int newLog2 = sameSize ? log2 : log2 + 1;
                if (newLog2 > $growth:T.maxLog2Buckets()) {
                  throw $growth:T.capacityExceeded(log2);
                }
                $table:T next = new $table:T(newLog2, false);
                oldTable = table;
                table = next;
                nevacuate = 0;
                noverflow = 0;
                sameSizeGrow = sameSize;
                if (sameSize) {
                  sameSizeGrowths++;
                } else {
                  growths++;
                }
                """))
                .build();
    }

    private MethodSpec growWork() {
        return MethodSpec.methodBuilder("growWork")
                .addJavadoc("Go's growWork: evacuates the old bucket of {@code hash}, then the oldest one left.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.LONG, "hash")
                .addCode("""
            evacuate((int) hash & oldTable.mask);
            if (oldTable != null) {
              evacuate(nevacuate);
            }
            """)
                .build();
    }

    private MethodSpec evacuate() {
        return MethodSpec.methodBuilder("evacuate")
                .addJavadoc("""
            Go's evacuate: moves the chain of one old bucket into the current table. A doubling sends
            each entry to bucket x = {@code oldBucket} or y = {@code oldBucket + 2^oldB} by the next
            bit of its hash; a same-size growth keeps it at x. Old slots are marked evacuatedX,
            evacuatedY or evacuatedEmpty, and their keys kept, so a traversal reading the old chain
            can tell what moved. Entries keep their order, so none is seen twice.
            """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.INT, "oldBucket")
                .addCode(t.code("""
                $table:T old = oldTable;
                if (!$tophash:T.isEvacuated(old.word(oldBucket))) {
                  $table:T now = table;
                  int newBit = sameSizeGrow ? 0 : 1 << old.log2Buckets;
                  // Allocate what this move can need before moving anything, so running out of
                  // memory here leaves the bucket whole: the chunks of x and y (the new table's
                  // chunks are made as evacuation reaches them, see Buckets), and pool room for
                  // the overflow buckets x and y can need: a chain of n buckets holds at most 8n
                  // entries, which fill at most n - 1 overflow buckets on each side.
                  now.ensureChunk(oldBucket);
                  now.ensureChunk(oldBucket + newBit);
                  int chain = 1;
                  for (int b = old.next(oldBucket); b != 0; b = old.next(b)) {
                    chain++;
                  }
                  now.reserve(2 * (chain - 1));
                  noverflow += now.moveChain(old, oldBucket, newBit, seed);
                  evacuations++;
                }
                if (oldBucket == nevacuate) {
                  advanceEvacuationMark();
                }
                """))
                .build();
    }

    private MethodSpec advanceEvacuationMark() {
        return MethodSpec.methodBuilder("advanceEvacuationMark")
                .addJavadoc("""
            Moves {@code nevacuate} past evacuated buckets (checking at most 1024, as Go does) and
            drops the old table once every bucket has moved.
            """)
                .addModifiers(Modifier.PRIVATE)
                .addCode(t.code("""
                int oldBuckets = oldTable.mask + 1;
                nevacuate++;
                int stop = Math.min(nevacuate + 1024, oldBuckets);
                while (nevacuate != stop && $tophash:T.isEvacuated(oldTable.word(nevacuate))) {
                  nevacuate++;
                }
                if (nevacuate == oldBuckets) {
                  oldTable = null;
                }
                """))
                .build();
    }

    /**
     * Go's evacuate, the moving part, a method of the new table. Entries are read and written
     * straight from the chunks through three cursors (the old bucket, x and y), and the new
     * buckets' tophash words are built in locals and stored once.
     */
    MethodSpec moveChain() {
        BucketCursor old = layout.cursor("");
        BucketCursor x = layout.cursor("x");
        BucketCursor y = layout.cursor("y");
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
                .addCode(t.code(
                        NestedBlocks.indent("""
                int shift = Integer.numberOfTrailingZeros(newBit);
                int counted = 0;
                int x = oldBucket;
                $xReach:L\
                int xSlot = 0;
                long xWord = 0;
                int y = oldBucket + newBit;
                $yReach:L\
                // A same-size growth sends every entry to x: y starts full, so the branch-free path is never taken.
                int ySlot = newBit == 0 ? SLOTS : 0;
                long yWord = 0;
                int b = oldBucket;
                do {
                  $oldReach:L\
                  long word = $word:L;
                  long marks = $tophash:T.broadcast($tophash:T.EVACUATED_EMPTY);
                  for (long full = $tophash:T.matchFull(word); full != 0; full &= full - 1) {
                    int slot = $tophash:T.firstSlot(full);
                    int top = $tophash:T.get(word, slot);
                    $ks:T key = $key:L;
                    $readValue:L\
                    long hash = $hash:L;
                    if (xSlot < SLOTS && ySlot < SLOTS) {
                      // Write the entry to both x and y; only the side its hash bit picks advances.
                      int toY = (int) ((hash & newBit) >>> shift);
                      $xKey:L = key;
                      $xValue:L\
                      $yKey:L = key;
                      $yValue:L\
                      xWord |= (long) (top & (toY - 1)) << (xSlot << 3);
                      yWord |= (long) (top & -toY) << (ySlot << 3);
                      xSlot += 1 - toY;
                      ySlot += toY;
                      // evacuatedEmpty (4) becomes evacuatedX (2) or evacuatedY (3).
                      marks -= (long) (2 - toY) << (slot << 3);
                    } else if ((hash & newBit) != 0) {
                      $ySide:L\
                    } else {
                      $xSide:L\
                    }
                  }
                  $markOld:L\
                  b = $oldLink:L;
                } while (b != 0);
                $storeX:L\
                if (newBit != 0) {
                  $storeY:L\
                }
                $releaseStale:L\
                return counted;
                """),
                        "xReach",
                        x.reach(BucketRef.main("x"), true),
                        "yReach",
                        y.reach(BucketRef.main("y"), true),
                        "oldReach",
                        old.reach(BucketRef.any("b", "old."), true),
                        "word",
                        old.word(),
                        "key",
                        old.key("slot"),
                        "readValue",
                        values ? t.code("$vs:T value = $value:L;\n", "value", old.value("slot")) : CodeBlock.of(""),
                        "hash",
                        t.model().key().hash("key"),
                        "xKey",
                        x.key("xSlot"),
                        "xValue",
                        storeValue(x, "xSlot"),
                        "yKey",
                        y.key("ySlot"),
                        "yValue",
                        storeValue(y, "ySlot"),
                        "ySide",
                        side(y, "y", "EVACUATED_Y"),
                        "xSide",
                        side(x, "x", "EVACUATED_X"),
                        "markOld",
                        old.writeWord("marks"),
                        "oldLink",
                        old.link(BucketRef.any("b", "old.")),
                        "storeX",
                        x.writeWord("xWord"),
                        "storeY",
                        y.writeWord("yWord"),
                        "releaseStale",
                        releaseStale(x, y)))
                .build();
    }

    /** The branching path of {@link #moveChain} for one side (x or y): a new overflow bucket when full. */
    private CodeBlock side(BucketCursor cursor, String side, String mark) {
        return t.code(
                NestedBlocks.indent("""
                if ($slot:L == SLOTS) {
                  $store:L\
                  if ($growth:T.countsOverflow(log2Buckets, hash)) {
                    counted++;
                  }
                  $side:L = newOverflow($side:L);
                  $reach:L\
                  $slot:L = 0;
                  $sideWord:L = 0;
                }
                $key:L = key;
                $value:L\
                $sideWord:L = $tophash:T.set($sideWord:L, $slot:L++, top);
                marks = $tophash:T.set(marks, slot, $tophash:T.$mark:L);
                """),
                "side",
                side,
                "slot",
                side + "Slot",
                "sideWord",
                side + "Word",
                "store",
                cursor.writeWord(side + "Word"),
                "reach",
                cursor.reach(BucketRef.pool(side), false),
                "key",
                cursor.key(side + "Slot"),
                "value",
                storeValue(cursor, side + "Slot"),
                "mark",
                mark);
    }

    /** {@code value} stored into slot {@code slot} of {@code cursor}'s bucket; nothing for a set. */
    private CodeBlock storeValue(BucketCursor cursor, String slot) {
        return values ? CodeBlock.of("$L = value;\n", cursor.value(slot)) : CodeBlock.of("");
    }

    /**
     * With reference keys or values: drops the copies the branch-free path also wrote into the
     * slot the other side would fill next, so the table keeps no stale reference.
     */
    private CodeBlock releaseStale(BucketCursor x, BucketCursor y) {
        boolean keys = t.model().key().isReference();
        boolean values = t.model().value().isReference();
        if (!keys && !values) {
            return CodeBlock.of("");
        }
        return t.code(
                NestedBlocks.indent("""
                // Drop the copies the branch-free path left in the slots x and y would fill next.
                if (xSlot < SLOTS) {
                  $x:L\
                }
                if (newBit != 0 && ySlot < SLOTS) {
                  $y:L\
                }
                """),
                "x",
                release(x, "xSlot", keys, values),
                "y",
                release(y, "ySlot", keys, values));
    }

    private static CodeBlock release(BucketCursor cursor, String slot, boolean keys, boolean values) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (keys) {
            code.add("$L = null;\n", cursor.key(slot));
        }
        if (values) {
            code.add("$L = null;\n", cursor.value(slot));
        }
        return code.build();
    }
}
