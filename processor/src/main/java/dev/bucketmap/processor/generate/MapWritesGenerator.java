package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.MapMethod;
import dev.bucketmap.processor.model.ValueKind;
import java.util.function.BiFunction;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code java.util.Map} methods that write one key, and the private {@code
 * removeKey} behind {@code keySet().remove}. Each is the boxes around an {@link Operations} body:
 * the key (and the value) in its stored form, a {@code null} that a primitive kind refuses thrown
 * and a key of the wrong type found absent, all before the write begins; then the body under the
 * writing flag ({@link Template#write}). Kept apart from {@link MapMethodsGenerator}, the reads
 * and whole-map methods, as the half that mirrors the forms' writes.
 *
 * <pre>
 * public Integer putIfAbsent(Integer key, Integer value) {
 *   Objects.requireNonNull(key, "a map with int keys has no null key");
 *   int k = key;
 *   Objects.requireNonNull(value, "a map with int values has no null value");
 *   int v = value;
 *   ...                                   // {@link Template#write} around {@link Operations#putIfAbsent}
 * }
 * </pre>
 */
final class MapWritesGenerator {
    private final Template t;
    private final Boxes boxes;
    private final ValueKind value;
    private final TypeName kb;
    private final TypeName vb;
    private final Operations ops;

    /** {@code ops} with boxed ends: values declared as their boxes, {@code null} for absent. */
    MapWritesGenerator(Template t, Boxes boxes, Operations ops) {
        this.t = t;
        this.boxes = boxes;
        this.value = t.model().value();
        this.kb = boxes.kb();
        this.vb = boxes.vb();
        this.ops = ops;
    }

    MethodSpec generate(MapMethod m) {
        return switch (m) {
            case PUT -> keyAndValue(m, ops::put);
            case PUT_IF_ABSENT -> keyAndValue(m, ops::putIfAbsent);
            case REPLACE -> keyAndValue(m, ops::replace);
            case REMOVE -> remove(m);
            case REMOVE_ENTRY -> removeEntry(m);
            case REPLACE_ENTRY -> replaceEntry(m);
            case COMPUTE_IF_ABSENT -> keyAndFunction(m, boxes.mapping(), "mappingFunction", ops::computeIfAbsent);
            case COMPUTE_IF_PRESENT -> keyAndFunction(m, boxes.remapping(), "remappingFunction", ops::computeIfPresent);
            case COMPUTE -> keyAndFunction(m, boxes.remapping(), "remappingFunction", ops::compute);
            case MERGE -> merge(m);
            default -> throw new IllegalArgumentException(m + " is not a write of one key");
        };
    }

    /**
     * Removes {@code key} if present, and says whether it was, for {@code keySet().remove}: {@code
     * Map.remove}'s answer cannot tell a missing key from a {@code null} value, and comparing count
     * before and after would count other threads' writes too.
     */
    MethodSpec removeKey() {
        Boxes.Local k = boxes.keyFromObject("key", "false");
        return MethodSpec.methodBuilder("removeKey")
                .addJavadoc("Removes {@code key}; true if it was present.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addCode(write(k, CodeBlock.of(""), ops.removeKey(k.name())))
                .build();
    }

    /**
     * A write by the key {@code k}: its stored form, then {@code before} (the value's stored form,
     * or nothing), then the writing flag around {@code body} ({@link Template#write}).
     */
    private CodeBlock write(Boxes.Local k, CodeBlock before, CodeBlock body) {
        return CodeBlock.builder()
                .add(k.declaration())
                .add(before)
                .add(t.write(k.name(), body))
                .build();
    }

    /** put, putIfAbsent or replace: a boxed key and value in, the value before out. */
    private MethodSpec keyAndValue(MapMethod m, BiFunction<String, String, CodeBlock> operation) {
        Boxes.Local k = boxes.keyFromBox("key");
        Boxes.Local v = boxes.valueFromBox("value", "v");
        return MapMethodsGenerator.method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addCode(write(k, v.declaration(), operation.apply(k.name(), v.name())))
                .build();
    }

    /**
     * computeIfAbsent, computeIfPresent or compute: a boxed key and the function {@code function}
     * of type {@code type} in, the value after out.
     */
    private MethodSpec keyAndFunction(
            MapMethod m, TypeName type, String function, BiFunction<String, String, CodeBlock> operation) {
        Boxes.Local k = boxes.keyFromBox("key");
        return MapMethodsGenerator.method(m, vb)
                .addParameter(kb, "key")
                .addParameter(type, function)
                .addCode(boxes.requireNonNull(function, function))
                .addCode(write(k, CodeBlock.of(""), operation.apply(k.name(), function + ".apply")))
                .build();
    }

    private MethodSpec remove(MapMethod m) {
        Boxes.Local k = boxes.keyFromObject("key", "null");
        return MapMethodsGenerator.method(m, vb)
                .addParameter(Object.class, "key")
                .addCode(write(k, CodeBlock.of(""), ops.remove(k.name())))
                .build();
    }

    private MethodSpec removeEntry(MapMethod m) {
        Boxes.Local k = boxes.keyFromObject("key", "false");
        Boxes.Local v = boxes.valueFromObject("value", "false");
        return MapMethodsGenerator.method(m, TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .addCode(write(
                        k, v.declaration(), ops.removeEntry(k.name(), value.notEqual("table.valueAt(ref)", v.name()))))
                .build();
    }

    private MethodSpec replaceEntry(MapMethod m) {
        Boxes.Local k = boxes.keyFromBox("key");
        MethodSpec.Builder b = MapMethodsGenerator.method(m, TypeName.BOOLEAN)
                .addParameter(kb, "key")
                .addParameter(vb, "oldValue")
                .addParameter(vb, "newValue");
        CodeBlock differs = value.notEqual("table.valueAt(ref)", "oldValue");
        if (!value.isReference()) {
            // A primitive value is never null: a null newValue is refused, a null oldValue matches nothing.
            b.addStatement(boxes.nullValueCheck("newValue"));
            differs = CodeBlock.of("oldValue == null || $L", differs);
        }
        return b.addCode(write(k, CodeBlock.of(""), ops.replaceEntry(k.name(), differs)))
                .build();
    }

    private MethodSpec merge(MapMethod m) {
        Boxes.Local k = boxes.keyFromBox("key");
        return MapMethodsGenerator.method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addParameter(boxes.merging(), "remappingFunction")
                .addCode(boxes.requireNonNull("value", "value"))
                .addCode(boxes.requireNonNull("remappingFunction", "remappingFunction"))
                .addCode(write(k, CodeBlock.of(""), ops.merge(k.name(), "remappingFunction.apply")))
                .build();
    }
}
