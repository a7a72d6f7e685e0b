package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.ValueKind;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Conversions between the boxed keys and values that {@code java.util.Map}'s methods take and
 * return and the stored forms the engine works with. An argument of the wrong type, or {@code
 * null} for a primitive kind, is simply absent for a query; a write refuses {@code null} for a
 * primitive kind with NullPointerException before it changes anything.
 */
final class Boxes {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    private static final ClassName ENTRY = ClassName.get(Map.Entry.class);

    private final Template t;
    private final MapInterop map;
    private final KeyKind key;
    private final ValueKind value;

    Boxes(Template t, MapInterop map) {
        this.t = t;
        this.map = map;
        this.key = t.model().key();
        this.value = t.model().value();
    }

    /** The key type as {@code Map<K, V>} writes it: {@code Long}, {@code String}, … */
    TypeName kb() {
        return map.keyBox();
    }

    /** The value type as {@code Map<K, V>} writes it: {@code Integer}, {@code List<String>}, … */
    TypeName vb() {
        return map.valueBox();
    }

    /** {@code Function<? super Kb, ? extends Vb>}: computeIfAbsent's function. */
    TypeName mapping() {
        return ParameterizedTypeName.get(ClassName.get(Function.class), superOf(kb()), extendsOf(vb()));
    }

    /** {@code BiFunction<? super Kb, ? super Vb, ? extends Vb>}: compute's, computeIfPresent's, replaceAll's. */
    TypeName remapping() {
        return ParameterizedTypeName.get(
                ClassName.get(BiFunction.class), superOf(kb()), superOf(vb()), extendsOf(vb()));
    }

    /** {@code BiFunction<? super Vb, ? super Vb, ? extends Vb>}: merge's function. */
    TypeName merging() {
        return ParameterizedTypeName.get(
                ClassName.get(BiFunction.class), superOf(vb()), superOf(vb()), extendsOf(vb()));
    }

    /** {@code BiConsumer<? super Kb, ? super Vb>}: forEach's action. */
    TypeName action() {
        return ParameterizedTypeName.get(ClassName.get(BiConsumer.class), superOf(kb()), superOf(vb()));
    }

    private static TypeName superOf(TypeName t) {
        return WildcardTypeName.supertypeOf(t);
    }

    private static TypeName extendsOf(TypeName t) {
        return WildcardTypeName.subtypeOf(t);
    }

    /** A local named {@code name} of a stored type, declared by {@code declaration} (maybe empty). */
    record Local(CodeBlock declaration, String name) {}

    /**
     * The stored form of the {@code Object} parameter {@code param}, or a return of {@code miss}
     * when it cannot be a key of this map.
     */
    Local keyFromObject(String param, String miss) {
        if (!key.isReference()) {
            return new Local(
                    CodeBlock.builder()
                            .beginControlFlow("if (!($L instanceof $T))", param, key.boxed())
                            .addStatement("return $L", miss)
                            .endControlFlow()
                            .addStatement(
                                    "$T k = $L",
                                    key.storage(),
                                    key.toStorage(CodeBlock.of("($T) $L", key.boxed(), param)))
                            .build(),
                    "k");
        }
        if (key.type().equals(ClassName.OBJECT)) {
            return new Local(CodeBlock.of(""), param);
        }
        return new Local(
                CodeBlock.builder()
                        .beginControlFlow("if ($L != null && !($L instanceof $T))", param, param, key.storage())
                        .addStatement("return $L", miss)
                        .endControlFlow()
                        .addStatement("$T k = ($T) $L", key.storage(), key.storage(), param)
                        .build(),
                "k");
    }

    /** The stored form of the boxed key parameter {@code param}; {@code null} throws for primitives. */
    Local keyFromBox(String param) {
        if (key.isReference()) {
            return new Local(CodeBlock.of(""), param);
        }
        return new Local(
                CodeBlock.builder()
                        .addStatement(
                                "$T.requireNonNull($L, $S)",
                                OBJECTS,
                                param,
                                "a map with " + key.type() + " keys has no null key")
                        .addStatement("$T k = $L", key.storage(), key.toStorage(CodeBlock.of("$L", param)))
                        .build(),
                "k");
    }

    /** The stored form of the boxed value parameter {@code param}; {@code null} throws for primitives. */
    Local valueFromBox(String param, String local) {
        if (value.isReference()) {
            return new Local(CodeBlock.of(""), param);
        }
        return new Local(
                CodeBlock.builder()
                        .addStatement(nullValueCheck(param))
                        .addStatement("$T $L = $L", value.type(), local, param)
                        .build(),
                local);
    }

    /** {@code Objects.requireNonNull(param, "message");}, for an argument that must not be null. */
    CodeBlock requireNonNull(String param, String message) {
        return CodeBlock.of("$T.requireNonNull($L, $S);\n", OBJECTS, param, message);
    }

    /** {@code Objects.requireNonNull(param, "...")} for a value that must not be null. */
    CodeBlock nullValueCheck(String param) {
        return CodeBlock.of(
                "$T.requireNonNull($L, $S)",
                OBJECTS,
                param,
                "a map with " + value.type() + " values has no null value");
    }

    /**
     * The stored form of the {@code Object} parameter {@code param} compared with stored values, or
     * a return of {@code miss} when it cannot be a value of this map.
     */
    Local valueFromObject(String param, String miss) {
        if (value.isReference()) {
            return new Local(CodeBlock.of(""), param);
        }
        return new Local(
                CodeBlock.builder()
                        .beginControlFlow("if (!($L instanceof $T))", param, value.boxed())
                        .addStatement("return $L", miss)
                        .endControlFlow()
                        .addStatement("$T v = ($T) $L", value.type(), value.boxed(), param)
                        .build(),
                "v");
    }

    /** An expression of the boxed key type for the stored key {@code stored} (boxing implicitly). */
    CodeBlock key(String stored) {
        return t.key(stored);
    }

    /** An expression of the value type for the stored value {@code stored} (boxing implicitly). */
    CodeBlock value(String stored) {
        return t.value(stored);
    }

    /** Null-checks every key and value of {@code Map} {@code param} that a primitive kind refuses. */
    CodeBlock nullChecksOfEntries(String param) {
        if (key.isReference() && value.isReference()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// Refuse nulls before the first change, so that a failing call changes nothing.\n")
                .beginControlFlow("for ($T<? extends $T, ? extends $T> e : $L.entrySet())", ENTRY, kb(), vb(), param);
        if (!key.isReference()) {
            code.addStatement(
                    "$T.requireNonNull(e.getKey(), $S)", OBJECTS, "a map with " + key.type() + " keys has no null key");
        }
        if (!value.isReference()) {
            code.addStatement(nullValueCheck("e.getValue()"));
        }
        return code.endControlFlow().build();
    }
}
