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
 * Generates the map's state, Go's {@code hmap}: its constants, its transient fields (the seed, the
 * count, the current and the old table, how far evacuation has come, the writing flag), and the
 * constructors and {@code withSeed} that set them up. Every field is transient: the map writes
 * its entries itself when serialized, and a deserialized map builds a fresh table and seed.
 *
 * <pre>
 * private static final int SLOTS = Buckets.SLOTS; ...   private static final VarHandle WRITING;
 * private transient long seed; private transient int count; private transient Table table, oldTable; ...
 * public BucketMap_Foo() ...  public BucketMap_Foo(int expectedSize) ...
 * private BucketMap_Foo(long seedState, boolean seeded) ...
 * public static BucketMap_Foo withSeed(long seed) ...
 * </pre>
 */
final class StateGenerator {
    private final Template t;

    StateGenerator(Template t) {
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

    /** The map's transient fields. */
    List<FieldSpec> fields() {
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
                        .addJavadoc(forKind("Creates an empty map with the smallest table, and a fresh hash seed.\n"))
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("this(0)")
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc(forKind("""
                Creates an empty map with room for {@code expectedSize} entries before it first grows.

                @param expectedSize how many entries the map should hold without growing; 0 for the
                    smallest table
                @throws IllegalArgumentException if {@code expectedSize} is negative or larger than the
                    largest table allows
                """))
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

    /** {@code doc} as a set's: a set, its elements and {@code elements()}, where a map has entries and keys. */
    private String forKind(String doc) {
        if (t.model().value().isPresent()) {
            return doc;
        }
        return doc.replace("keys()", "elements()")
                .replace("untrusted keys: a known seed lets keys", "untrusted elements: a known seed lets elements")
                .replaceAll("\\bmaps\\b", "sets")
                .replaceAll("\\bmap\\b", "set")
                .replace("entries", "elements");
    }

    /** The public static factory {@code withSeed(long)}, for tests. */
    MethodSpec withSeed() {
        return MethodSpec.methodBuilder("withSeed")
                .addJavadoc(forKind("""
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
            """))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(t.model().generatedName())
                .addParameter(TypeName.LONG, "seed")
                .addStatement("return new $T($T.start(seed), true)", t.model().generatedName(), RuntimeTypes.SEEDS)
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
}
