package dev.bucketmap.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Assembles the generated class from its parts: the map's state, the engine and its growth, the
 * bucket table, the traversal, the interface's forms, and the object methods. The {@link
 * BucketLayout} is made here once and handed to every generator that reaches into buckets.
 *
 * <pre>
 * &#64;Generated("dev.bucketmap.processor.BucketMapProcessor")
 * public final class BucketMap_Foo implements Foo, Serializable {
 *   public BucketMap_Foo() ...   public BucketMap_Foo(int expectedSize) ...
 *   public String get(long key) ...   // one method per form
 *   public MapStats stats() ...
 *   private static final class Table ...
 *   private final class Traversal implements Foo.Cursor ...
 * }
 * </pre>
 */
public final class MapGenerator {
    static final String PROCESSOR = "dev.bucketmap.processor.BucketMapProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final boolean annotateGenerated;

    /** A generator whose classes carry {@code @Generated}. */
    public MapGenerator() {
        this(true);
    }

    /**
     * A generator whose classes carry {@code @Generated} or not.
     *
     * @param annotateGenerated whether they do: false for a named module that does
     *     not read {@code java.compiler}, the module that declares the annotation
     */
    public MapGenerator(boolean annotateGenerated) {
        this.annotateGenerated = annotateGenerated;
    }

    /** The source file for {@code model}. */
    public JavaFile generate(MapModel model) {
        Template t = new Template(model);
        BucketLayout layout = BucketLayout.of(model);
        GrowthGenerator growth = new GrowthGenerator(t, layout);
        StateGenerator state = new StateGenerator(t);
        EngineGenerator engine = new EngineGenerator(t, growth);
        boolean set = !model.value().isPresent();
        FormGenerator forms = new FormGenerator(t);
        SetFormGenerator setForms = new SetFormGenerator(t);
        TableGenerator table = new TableGenerator(t, layout, growth);

        TypeSpec.Builder type = TypeSpec.classBuilder(model.generatedName())
                .addJavadoc(set ? setClassComment(model, layout) : classComment(model, layout))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.interfaceType())
                .addSuperinterface(Serializable.class)
                .addFields(state.constants())
                .addFields(table.constants())
                .addStaticBlock(state.staticInitializer())
                .addFields(state.fields())
                .addMethods(state.constructors())
                .addMethod(state.withSeed());
        if (annotateGenerated) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", PROCESSOR)
                    .build());
        }
        List<String> suppressed = new ArrayList<>();
        if (model.key().needsUncheckedCast() || model.value().needsUncheckedCast()) {
            suppressed.add("unchecked"); // casts from List<?> storage to the List<String> the interface writes
        }
        if (!suppressed.isEmpty()) {
            AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
            suppressed.forEach(w -> suppress.addMember("value", "$S", w));
            type.addAnnotation(suppress.build());
        }
        boolean declaresStats = false;
        for (MethodModel method : model.methods()) {
            if (method.form() == Form.STATS) {
                declaresStats = true;
            } else {
                type.addMethod(set ? setForms.generate(method) : forms.generate(method));
            }
        }
        MethodSpec stats = engine.stats();
        type.addMethod(
                declaresStats ? stats.toBuilder().addAnnotation(Override.class).build() : stats);
        model.map().ifPresent(map -> {
            MapViewsGenerator views = new MapViewsGenerator(t, map);
            type.addFields(views.fields())
                    .addMethods(new MapMethodsGenerator(t, map).generate())
                    .addTypes(views.types());
        });
        type.addMethods(new ObjectMethodsGenerator(t).generate())
                .addMethods(new InvariantsGenerator(t).generate())
                .addMethods(engine.methods())
                .addType(table.generate())
                .addType(new TraversalGenerator(t, layout).generate());
        return JavaFile.builder(model.generatedName().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("  ")
                .build();
    }

    private static String setClassComment(MapModel model, BucketLayout layout) {
        String name = model.generatedName().simpleName();
        return """
        A Go-style bucket hash set of {@code %s} (Go's {@code map[K]struct{}}): the generated
        implementation of {@link %s}, the engine of a bucketmap with no values.

        <p>Make one with {@code new %s()}, or {@code new %s(expectedSize)} to hold that many
        elements without growing; in tests, {@code %s.withSeed(seed)} for a reproducible order.
        Not thread-safe: share it between threads only with your own locking (a write that finds
        another write running throws ConcurrentModificationException). Iteration order is
        randomised: every traversal (forEach, elements(), toString(), cursors, ...) starts at a
        random bucket and slot, so never depend on it. Serializable; a deserialized set draws a
        fresh hash seed.

        <p>Layout (Go's runtime map): 2^B buckets of 8 slots. The low B bits of an element's seeded
        hash pick its bucket; the top 8 bits, its tophash, are kept per slot, packed into one long
        per bucket, so one SWAR compare finds the candidate slots.
        %s A full bucket chains to overflow buckets from a pool.
        Every array is cut into chunks of 512 buckets, and a growing table allocates each chunk
        when evacuation first reaches it, so no call allocates a whole table.

        <p>Growth: past 6.5 elements per bucket the table doubles; with too many overflow buckets
        it is rebuilt at the same size. Either way elements move incrementally: each write
        evacuates the old bucket it touches plus one more, so no call rehashes the whole table.
        Traversals see every element once, also while growing.
        """.formatted(model.key().type(), model.interfaceType(), name, name, name, layout.description())
                .replace("$", "$$");
    }

    private static String classComment(MapModel model, BucketLayout layout) {
        String name = model.generatedName().simpleName();
        return """
        A Go-style bucket hash map from {@code %s} to {@code %s}: the generated implementation
        of {@link %s}.

        <p>Make one with {@code new %s()}, or {@code new %s(expectedSize)} to hold that many
        entries without growing; in tests, {@code %s.withSeed(seed)} for a reproducible order.
        Absent values are %s. Not thread-safe: share it between threads only with your own
        locking (a write that finds another write running throws
        ConcurrentModificationException). Iteration order is randomised: every traversal
        (forEach, keys(), values(), toString(), cursors, ...) starts at a random bucket and slot,
        so never depend on it. Serializable; a deserialized map draws a fresh hash seed.

        <p>Layout (Go's runtime map): 2^B buckets of 8 slots. The low B bits of a key's seeded hash
        pick its bucket; the top 8 bits, its tophash, are kept per slot, packed into one long per
        bucket, so one SWAR compare finds the candidate slots.
        %s A full bucket chains to overflow buckets from a pool.
        Every array is cut into chunks of 512 buckets, and a growing table allocates each chunk
        when evacuation first reaches it, so no call allocates a whole table.

        <p>Growth: past 6.5 entries per bucket the table doubles; with too many overflow buckets
        it is rebuilt at the same size. Either way entries move incrementally: each write
        evacuates the old bucket it touches plus one more, so no call rehashes the whole table.
        Traversals see every entry once, also while growing.
        """.formatted(
                        model.key().type(),
                        model.value().type(),
                        model.interfaceType(),
                        name,
                        name,
                        name,
                        Doc.absent(model)
                                + (model.map().isPresent() && !model.value().isReference()
                                        ? " in its own forms ({@code java.util.Map}'s methods answer {@code null})"
                                        : ""),
                        layout.description())
                .replace("$", "$$");
    }
}
