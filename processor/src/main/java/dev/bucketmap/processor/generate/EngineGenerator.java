package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.RuntimeTypes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the engine of the map class: its state (Go's {@code hmap}), the write protocol, growth
 * and incremental evacuation. The per-bucket work lives in {@link TableGenerator}; the method
 * forms in {@link FormGenerator} call what this writes.
 */
final class EngineGenerator {
    private final Template t;

    EngineGenerator(Template t) {
        this.t = t;
    }

    List<FieldSpec> constants() {
        return List.of(
                FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build(),
                FieldSpec.builder(TypeName.INT, "SLOTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Slots per bucket.\n")
                        .initializer("$T.SLOTS", RuntimeTypes.BUCKETS)
                        .build(),
                FieldSpec.builder(TypeName.INT, "SLOT_SHIFT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("log2(SLOTS): a slot ref shifted right by this is its bucket.\n")
                        .initializer("$T.SLOT_SHIFT", RuntimeTypes.BUCKETS)
                        .build(),
                FieldSpec.builder(TypeName.INT, "SLOT_MASK", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("SLOTS - 1: a slot ref masked with this is its slot in the bucket.\n")
                        .initializer("$T.SLOT_MASK", RuntimeTypes.BUCKETS)
                        .build(),
                FieldSpec.builder(VarHandle.class, "WRITING", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "Compare-and-set access to {@code writing}, so two writers can never both hold it.\n")
                        .build(),
                FieldSpec.builder(TypeName.INT, "NOT_FOUND", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("What {@code Table.find} returns for a missing key; no slot ref has this value.\n")
                        .initializer("Integer.MIN_VALUE")
                        .build());
    }

    List<FieldSpec> state() {
        return List.of(
                field(TypeName.LONG, "seed", "Per-map hash seed (Go's hash0); redrawn by clear()."),
                field(TypeName.INT, "count", "Live entries (Go's count)."),
                field(Template.table(t.model()), "table", "The current bucket array (Go's buckets)."),
                field(
                        Template.table(t.model()),
                        "oldTable",
                        "While growing, the previous bucket array (Go's oldbuckets), else null."),
                field(TypeName.INT, "nevacuate", "Old buckets below this index are evacuated."),
                field(TypeName.BOOLEAN, "sameSizeGrow", "The ongoing or last growth kept the bucket count."),
                field(
                        TypeName.INT,
                        "noverflow",
                        "Overflow buckets taken since the table was made, approximate for large tables."),
                field(
                        TypeName.BOOLEAN,
                        "writing",
                        "Set while a write runs (Go's hashWriting flag); taken and released through WRITING."),
                field(TypeName.INT, "modCount", "Structural changes, for fail-fast traversals."),
                field(
                        TypeName.INT,
                        "evacuations",
                        "Old chains evacuated so far. A write that is not a structural change (overwriting a"
                                + " value) can still evacuate, and a traversal that keeps where its bucket lives"
                                + " reads that again when this changes."),
                field(TypeName.INT, "growths", "Doublings so far."),
                field(TypeName.INT, "sameSizeGrowths", "Same-size growths so far."),
                field(
                        TypeName.BOOLEAN,
                        "seeded",
                        "Made by withSeed: seeds and iteration starts come from {@code seedState}, not from"
                                + " Seeds.next(). False again after deserialization."),
                field(TypeName.LONG, "seedState", "When {@code seeded}: the state of this map's own seed sequence."));
    }

    private static FieldSpec field(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.TRANSIENT)
                .addJavadoc("$L\n", doc)
                .build();
    }

    List<MethodSpec> constructors() {
        return List.of(
                MethodSpec.constructorBuilder()
                        .addJavadoc("Creates an empty map with the smallest table, and a fresh hash seed.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("this(0)")
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc("""
                Creates an empty map with room for {@code expectedSize} entries before it first grows.

                @param expectedSize how many entries the map should hold without growing; 0 for the
                    smallest table
                @throws IllegalArgumentException if {@code expectedSize} is negative or larger than the
                    largest table allows
                """)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(TypeName.INT, "expectedSize")
                        .addCode(t.code("""
                    this.table = new $table:T($growth:T.log2BucketsFor(expectedSize), true);
                    this.seed = $seeds:T.next();
                    """))
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc("""
                An empty map whose seeds come from its own sequence, for {@link #withSeed}.

                @param seedState the first state of the sequence
                @param seeded true
                """)
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(TypeName.LONG, "seedState")
                        .addParameter(TypeName.BOOLEAN, "seeded")
                        .addCode(t.code("""
                    this.table = new $table:T(0, true);
                    this.seeded = seeded;
                    this.seedState = seedState;
                    this.seed = nextSeed();
                    """))
                        .build());
    }

    /** The public static factory {@code withSeed(long)}, for tests. */
    MethodSpec withSeed() {
        return MethodSpec.methodBuilder("withSeed")
                .addJavadoc("""
            For tests: creates an empty map whose hash seed and iteration order are reproducible.
            Its hash seeds (at creation, on {@code clear()}, and when a removal empties it) and the
            random start of each traversal ({@code forEach}, {@code keys()}, {@code toString()},
            cursors, ...) come from a sequence of its own derived from {@code seed}, so two maps made
            with the same seed and given the same calls, traversals included, iterate in the same
            order, whatever other maps the JVM made and whatever {@code -Dbucketmap.seed} says. A
            deserialized copy draws a fresh seed, like any map read from a stream.
            Do not use it for maps that hold untrusted keys: a known seed lets keys be crafted to
            collide.

            @param seed the seed of the map's sequence
            @return a new, empty map
            """)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(t.model().generatedName())
                .addParameter(TypeName.LONG, "seed")
                .addStatement("return new $T($T.start(seed), true)", t.model().generatedName(), RuntimeTypes.SEEDS)
                .build();
    }

    List<MethodSpec> methods() {
        return List.of(
                hash(),
                seededHash(),
                readTable(),
                beginWrite(),
                endWrite(),
                findForWrite(),
                insert(),
                store(),
                removeAt(),
                startGrowth(),
                growWork(),
                evacuate(),
                advanceEvacuationMark(),
                clearAll(),
                containsEntry(),
                nextSeed());
    }

    private MethodSpec hash() {
        return MethodSpec.methodBuilder("hash")
                .addJavadoc("The hash of a key under the map's seed, for reads.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG)
                .addParameter(t.model().key().storage(), "key")
                .addStatement("return hash(key, seed)")
                .build();
    }

    private MethodSpec seededHash() {
        return MethodSpec.methodBuilder("hash")
                .addJavadoc("""
            The hash of a key under {@code seed}: low bits pick the bucket, the top 8 bits are its
            tophash. A write hashes its key under the seed it read before taking the writing flag,
            and again under the map's seed if that changed before the flag was taken.
            """)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(t.model().key().storage(), "key")
                .addParameter(TypeName.LONG, "seed")
                .addStatement("return $L", t.model().key().hash("key"))
                .build();
    }

    private MethodSpec readTable() {
        return MethodSpec.methodBuilder("readTable")
                .addJavadoc("""
            The table a read must search: while growing, the old one if the key's old bucket has not
            been evacuated yet (Go's mapaccess), else the current one.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(Template.table(t.model()))
                .addParameter(TypeName.LONG, "hash")
                .addCode(t.code("""
                $table:T old = oldTable;
                if (old != null && !$tophash:T.isEvacuated(old.word((int) hash & old.mask))) {
                  return old;
                }
                return table;
                """))
                .build();
    }

    /** Looks up the VarHandle of the {@code writing} field. */
    CodeBlock staticInitializer() {
        return t.code("""
        try {
          WRITING = $lookup:T.lookup().findVarHandle($self:T.class, "writing", boolean.class);
        } catch (ReflectiveOperationException e) {
          throw new ExceptionInInitializerError(e);
        }
        """, "lookup", MethodHandles.class);
    }

    private MethodSpec beginWrite() {
        return MethodSpec.methodBuilder("beginWrite")
                .addJavadoc("""
            Takes the writing flag, or throws if a write is already running: a function passed to a
            write that writes to this map, or another thread writing at the same time. The flag is
            taken with compare-and-set, so racing writers never both proceed and corrupt the
            table: one of them throws instead.
            """)
                .addModifiers(Modifier.PRIVATE)
                .addCode(t.code("""
                if (!WRITING.compareAndSet(this, false, true)) {
                  throw new $cme:T("concurrent map writes: another write to this map is in progress");
                }
                """))
                .build();
    }

    private MethodSpec endWrite() {
        return MethodSpec.methodBuilder("endWrite")
                .addJavadoc("Releases the writing flag; what the write did is visible to the next writer.\n")
                .addModifiers(Modifier.PRIVATE)
                .addStatement("WRITING.setRelease(this, false)")
                .build();
    }

    private MethodSpec findForWrite() {
        return MethodSpec.methodBuilder("findForWrite")
                .addJavadoc("""
            Go's write prologue: while growing, evacuates the old bucket this key lives in plus one
            more, so writes only ever touch the current table; then finds the key there.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(t.model().key().storage(), "key")
                .addCode("""
            if (oldTable != null) {
              growWork(hash);
            }
            return table.find(hash, key);
            """)
                .build();
    }

    private MethodSpec insert() {
        return MethodSpec.methodBuilder("insert")
                .addJavadoc("""
            Adds a key known to be absent (after {@link #findForWrite}): starts a growth first if the
            table is over its load factor or has too many overflow buckets (Go's mapassign).
            """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(t.model().key().storage(), "key")
                .addParameter(t.model().value().storage(), "value")
                .addCode(t.code("""
                if (oldTable == null
                    && ($growth:T.overLoadFactor(count + 1L, table.log2Buckets)
                        || $growth:T.tooManyOverflowBuckets(noverflow, table.log2Buckets))) {
                  startGrowth();
                  growWork(hash);
                }
                if (table.insert(hash, key, value) && $growth:T.countsOverflow(table.log2Buckets, hash)) {
                  noverflow++;
                }
                count++;
                modCount++;
                """))
                .build();
    }

    private MethodSpec store() {
        return MethodSpec.methodBuilder("store")
                .addJavadoc("Sets the value of the entry in slot {@code ref}, or adds the key if it was NOT_FOUND.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(t.model().key().storage(), "key")
                .addParameter(TypeName.INT, "ref")
                .addParameter(t.model().value().storage(), "value")
                .addCode("""
            if (ref != NOT_FOUND) {
              table.setValueAt(ref, value);
            } else {
              insert(hash, key, value);
            }
            """)
                .build();
    }

    private MethodSpec removeAt() {
        return MethodSpec.methodBuilder("removeAt")
                .addJavadoc("""
            Removes the entry in slot {@code ref} of the current table and returns its value. A map
            that becomes empty draws a new seed, as Go's does, so colliding keys cannot be replayed.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(t.model().value().storage())
                .addParameter(TypeName.LONG, "hash")
                .addParameter(TypeName.INT, "ref")
                .addCode(t.code("""
                $vs:T old = table.valueAt(ref);
                table.clearSlot((int) hash & table.mask, ref);
                count--;
                modCount++;
                if (count == 0 && oldTable == null) {
                  seed = nextSeed();
                }
                return old;
                """))
                .build();
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

    private MethodSpec clearAll() {
        return MethodSpec.methodBuilder("clearAll")
                .addJavadoc("""
            Go's mapclear: drops every entry, keeps the bucket count, ends any growth and draws a new
            seed.
            """)
                .addModifiers(Modifier.PRIVATE)
                .addCode(t.code("""
                beginWrite();
                try {
                  oldTable = null;
                  nevacuate = 0;
                  table.clear();
                  count = 0;
                  noverflow = 0;
                  seed = nextSeed();
                  modCount++;
                } finally {
                  endWrite();
                }
                """))
                .build();
    }

    private MethodSpec containsEntry() {
        return MethodSpec.methodBuilder("containsEntry")
                .addJavadoc("True if {@code key} is present with a value equal to {@code value}.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(t.model().key().storage(), "key")
                .addParameter(t.model().value().storage(), "value")
                .addCode(t.code("""
                long hash = hash(key);
                $table:T t = readTable(hash);
                int ref = t.find(hash, key);
                return ref != NOT_FOUND && $eq:L;
                """, "eq", t.model().value().equal("value", "t.valueAt(ref)")))
                .build();
    }

    private MethodSpec nextSeed() {
        return MethodSpec.methodBuilder("nextSeed")
                .addJavadoc("""
            A fresh hash seed or traversal start: the next value of this map's own sequence if it was
            made by {@link #withSeed}, else {@code Seeds.next()}.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG)
                .addCode(t.code("""
                if (seeded) {
                  seedState += $seeds:T.STEP;
                  return $seeds:T.at(seedState);
                }
                return $seeds:T.next();
                """))
                .build();
    }

    MethodSpec stats() {
        return MethodSpec.methodBuilder("stats")
                .addJavadoc(Doc.of("Returns a snapshot of the table: size, B (log2 of the bucket count), overflow"
                                + " buckets, growth progress, growths so far.")
                        .returns("the snapshot, not updated by later changes")
                        .build())
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.MAP_STATS)
                .addCode(t.code("""
                $table:T old = oldTable;
                int overflow = table.poolUsed;
                int evacuated = 0;
                if (old != null) {
                  overflow += old.poolUsed;
                  for (int b = 0; b <= old.mask; b++) {
                    if ($tophash:T.isEvacuated(old.word(b))) {
                      evacuated++;
                    }
                  }
                }
                return new $stats:T(
                    count, table.log2Buckets, overflow, old != null, sameSizeGrow, evacuated,
                    growths, sameSizeGrowths);
                """))
                .build();
    }
}
