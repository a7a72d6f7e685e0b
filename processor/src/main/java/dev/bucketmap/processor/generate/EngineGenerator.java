package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the engine of the map class: hashing, the write protocol (the writing flag, the find
 * that evacuates first, insert, store, remove), clear and the stats. A write holds the flag for
 * its whole run, so two writers never both change the table; growth, which every write may
 * advance, is {@link GrowthGenerator}'s, the map's fields are {@link StateGenerator}'s, the
 * per-bucket work is the {@code Table}'s ({@link TableGenerator}), and the method forms in {@link
 * FormGenerator} call what this writes.
 *
 * <pre>
 * private long hash(long key) ...  private static long hash(long key, long seed) ...
 * private Table readTable(long hash) ...
 * private void beginWrite() ...  private void endWrite() ...
 * private int findForWrite(long hash, long key) ...
 * private void insert(long hash, long key, V value) ...  private void store(...) ...  private V removeAt(...) ...
 * private void clearAll() ...  private boolean containsEntry(long key, V value) ...  private long nextSeed() ...
 * public MapStats stats() ...
 * </pre>
 */
final class EngineGenerator {
    private final Template t;
    private final GrowthGenerator growth;
    /**
     * False for a set: insert takes no value, removeAt returns none, and there is neither a
     * store (no value to overwrite) nor a containsEntry.
     */
    private final boolean values;

    EngineGenerator(Template t, GrowthGenerator growth) {
        this.t = t;
        this.values = t.model().value().isPresent();
        this.growth = growth;
    }

    /** The engine's methods, the growth's among them, in the order the map class declares them. */
    List<MethodSpec> methods() {
        List<MethodSpec> methods =
                new ArrayList<>(List.of(hash(), seededHash(), readTable(), beginWrite(), endWrite(), findForWrite()));
        if (values) {
            methods.addAll(List.of(insert(), store(), removeAt()));
        } else {
            methods.addAll(List.of(insert(), removeAt()));
        }
        methods.addAll(growth.mapMethods());
        methods.add(clearAll());
        if (values) {
            methods.add(containsEntry());
        }
        methods.add(nextSeed());
        return methods;
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
                  throw new $cme:T("concurrent $coll:L writes: another write to this $coll:L is in progress");
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
        MethodSpec.Builder insert = MethodSpec.methodBuilder("insert")
                .addJavadoc("""
            Adds a key known to be absent (after {@link #findForWrite}): starts a growth first if the
            table is over its load factor or has too many overflow buckets (Go's mapassign).
            """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.LONG, "hash")
                .addParameter(t.model().key().storage(), "key");
        if (values) {
            insert.addParameter(t.model().value().storage(), "value");
        }
        return insert.addCode(t.code("""
                if (oldTable == null
                    && ($growth:T.overLoadFactor(count + 1L, table.log2Buckets)
                        || $growth:T.tooManyOverflowBuckets(noverflow, table.log2Buckets))) {
                  startGrowth();
                  growWork(hash);
                }
                if (table.insert(hash, $entry:L) && $growth:T.countsOverflow(table.log2Buckets, hash)) {
                  noverflow++;
                }
                count++;
                modCount++;
                """, "entry", values ? "key, value" : "key"))
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
        if (!values) {
            return MethodSpec.methodBuilder("removeAt")
                    .addJavadoc("""
                Removes the element in slot {@code ref} of the current table. A set that becomes empty
                draws a new seed, as Go's maps do, so colliding elements cannot be replayed.
                """)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(TypeName.LONG, "hash")
                    .addParameter(TypeName.INT, "ref")
                    .addCode(removal())
                    .build();
        }
        return MethodSpec.methodBuilder("removeAt")
                .addJavadoc("""
            Removes the entry in slot {@code ref} of the current table and returns its value. A map
            that becomes empty draws a new seed, as Go's does, so colliding keys cannot be replayed.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(t.model().value().storage())
                .addParameter(TypeName.LONG, "hash")
                .addParameter(TypeName.INT, "ref")
                .addCode(t.code("$vs:T old = table.valueAt(ref);\n"))
                .addCode(removal())
                .addStatement("return old")
                .build();
    }

    /** What every removal does once the slot is found: empty it, count it, and maybe draw a new seed. */
    private CodeBlock removal() {
        return CodeBlock.of("""
                table.clearSlot((int) hash & table.mask, ref);
                count--;
                modCount++;
                if (count == 0 && oldTable == null) {
                  seed = nextSeed();
                }
                """);
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
