package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapMethod;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Generates the methods of {@code java.util.Map} for an interface that extends it, with {@code
 * Map}'s semantics over boxed keys and values (those of {@code HashMap}): {@code get} answers
 * {@code null} for a missing key also when values are primitive, a {@code null} result of {@code
 * compute}, {@code computeIfPresent} or {@code merge} removes the entry, and so on. The bodies of
 * the operations on one key are the forms' own, from {@link Operations} with boxed ends; what is
 * written here is the boxes around them: a key or value converted to its stored form, a {@code
 * null} that a primitive kind refuses thrown before the write, a key of the wrong type simply
 * absent. The Javadoc comes from {@link MapMethodDocs}, the views from {@link MapViewsGenerator}.
 *
 * <pre>
 * public String get(Object key) {
 *   if (!(key instanceof Long)) {
 *     return null;
 *   }
 *   long k = (Long) key;
 *   ...                                   // {@link Operations#find}
 * }
 * public String put(Long key, String value) {
 *   Objects.requireNonNull(key, "a map with long keys has no null key");
 *   long k = key;
 *   ...                                   // {@link Template#write} around {@link Operations#put}
 * }
 * public Set&lt;Long&gt; keySet() ...    // views: {@link MapViewsGenerator}
 * </pre>
 */
final class MapMethodsGenerator {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final Template t;
    private final MapInterop map;
    private final Boxes boxes;
    private final ValueKind value;
    private final TypeName kb;
    private final TypeName vb;
    private final Operations ops;

    MapMethodsGenerator(Template t, MapInterop map) {
        this.t = t;
        this.map = map;
        this.boxes = new Boxes(t, map);
        this.value = t.model().value();
        this.kb = map.keyBox();
        this.vb = map.valueBox();
        this.ops = new Operations(t, new Operations.Ends(vb, CodeBlock.of("null"), true));
    }

    List<MethodSpec> generate() {
        List<MethodSpec> methods = new ArrayList<>();
        for (MapMethod m : MapMethod.values()) {
            if (map.implementsMethod(m)) {
                methods.add(generate(m));
            }
        }
        methods.add(containsMapping());
        methods.add(removeKey());
        return methods;
    }

    private MethodSpec generate(MapMethod m) {
        MethodSpec spec = body(m);
        return spec.toBuilder().addJavadoc(MapMethodDocs.of(t.model(), m, spec)).build();
    }

    private MethodSpec body(MapMethod m) {
        return switch (m) {
            case SIZE -> method(m, TypeName.INT).addStatement("return count").build();
            case IS_EMPTY ->
                method(m, TypeName.BOOLEAN).addStatement("return count == 0").build();
            case CONTAINS_KEY ->
                method(m, TypeName.BOOLEAN)
                        .addParameter(Object.class, "key")
                        .addCode(read("key", "false", "return ref != NOT_FOUND;\n"))
                        .build();
            case CONTAINS_VALUE -> containsValue(m);
            case GET ->
                method(m, vb)
                        .addParameter(Object.class, "key")
                        .addCode(read("key", "null", found("return $stored:L;\n", "return null;\n")))
                        .build();
            case GET_OR_DEFAULT ->
                method(m, vb)
                        .addParameter(Object.class, "key")
                        .addParameter(vb, "defaultValue")
                        .addCode(read("key", "defaultValue", found("return $stored:L;\n", "return defaultValue;\n")))
                        .build();
            case PUT -> keyAndValue(m, ops::put);
            case PUT_ALL -> putAll(m);
            case PUT_IF_ABSENT -> keyAndValue(m, ops::putIfAbsent);
            case REMOVE -> remove(m);
            case REMOVE_ENTRY -> removeEntry(m);
            case REPLACE -> keyAndValue(m, ops::replace);
            case REPLACE_ENTRY -> replaceEntry(m);
            case COMPUTE_IF_ABSENT -> keyAndFunction(m, mapping(), "mappingFunction", ops::computeIfAbsent);
            case COMPUTE_IF_PRESENT -> keyAndFunction(m, remapping(), "remappingFunction", ops::computeIfPresent);
            case COMPUTE -> keyAndFunction(m, remapping(), "remappingFunction", ops::compute);
            case MERGE -> merge(m);
            case FOR_EACH -> forEach(m);
            case REPLACE_ALL -> replaceAll(m);
            case CLEAR -> method(m, TypeName.VOID).addStatement("clearAll()").build();
            case KEY_SET -> view(m, ParameterizedTypeName.get(ClassName.get(Set.class), kb), "keySet", "KeySet");
            case VALUES -> view(m, ParameterizedTypeName.get(ClassName.get(Collection.class), vb), "values", "Values");
            case ENTRY_SET ->
                view(m, ParameterizedTypeName.get(ClassName.get(Set.class), entryType()), "entrySet", "EntrySet");
        };
    }

    /** {@code Map.Entry<Kb, Vb>}. */
    private ParameterizedTypeName entryType() {
        return ParameterizedTypeName.get(ClassName.get(Map.Entry.class), kb, vb);
    }

    private static MethodSpec.Builder method(MapMethod m, TypeName returns) {
        return MethodSpec.methodBuilder(m.methodName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }

    // ---- reads ----

    /** A lookup by an {@code Object} key: {@code miss} when it cannot be a key, else {@code tail}. */
    private CodeBlock read(String param, String miss, String tail, Object... extra) {
        Boxes.Local k = boxes.keyFromObject(param, miss);
        return CodeBlock.builder()
                .add(k.declaration())
                .add(ops.find(k.name()))
                .add(t.with("stored", boxes.value("t.valueAt(ref)")).code(tail, extra))
                .build();
    }

    private static String found(String present, String absent) {
        return "if (ref == NOT_FOUND) {\n$>" + absent + "$<}\n" + present;
    }

    private MethodSpec containsValue(MapMethod m) {
        Boxes.Local v = boxes.valueFromObject("value", "false");
        return method(m, TypeName.BOOLEAN)
                .addParameter(Object.class, "value")
                .addCode(v.declaration())
                .addCode(t.code("""
            $traversal:T traversal = new $traversal:T();
            while (traversal.next()) {
              if ($eq:L) {
                return true;
              }
            }
            return false;
            """, "eq", value.equal(v.name(), "traversal.currentValue")))
                .build();
    }

    /**
     * True if {@code key} is present with a value equal to {@code value}, for {@code
     * entrySet().contains}; false for arguments of the wrong types.
     */
    private MethodSpec containsMapping() {
        Boxes.Local v = boxes.valueFromObject("value", "false");
        return MethodSpec.methodBuilder("containsMapping")
                .addJavadoc("True if {@code key} is present with a value equal to {@code value}.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .addCode(v.declaration())
                .addCode(read(
                        "key",
                        "false",
                        "return ref != NOT_FOUND && $eq:L;\n",
                        "eq",
                        value.equal("t.valueAt(ref)", v.name())))
                .build();
    }

    // ---- writes ----

    /**
     * Removes {@code key} if present, and says whether it was, for {@code keySet().remove}: {@code
     * Map.remove}'s answer cannot tell a missing key from a {@code null} value, and comparing count
     * before and after would count other threads' writes too.
     */
    private MethodSpec removeKey() {
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
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addCode(write(k, v.declaration(), operation.apply(k.name(), v.name())))
                .build();
    }

    private MethodSpec putAll(MapMethod m) {
        TypeName param = ParameterizedTypeName.get(
                ClassName.get(Map.class), WildcardTypeName.subtypeOf(kb), WildcardTypeName.subtypeOf(vb));
        return method(m, TypeName.VOID)
                .addParameter(param, "map")
                .addCode(boxes.nullChecksOfEntries("map"))
                .addCode(t.code("""
            for ($entry:T<? extends $kb:T, ? extends $vb:T> e : map.entrySet()) {
              put(e.getKey(), e.getValue());
            }
            """, "entry", ClassName.get(Map.Entry.class), "kb", kb, "vb", vb))
                .build();
    }

    private MethodSpec remove(MapMethod m) {
        Boxes.Local k = boxes.keyFromObject("key", "null");
        return method(m, vb)
                .addParameter(Object.class, "key")
                .addCode(write(k, CodeBlock.of(""), ops.remove(k.name())))
                .build();
    }

    private MethodSpec removeEntry(MapMethod m) {
        Boxes.Local k = boxes.keyFromObject("key", "false");
        Boxes.Local v = boxes.valueFromObject("value", "false");
        return method(m, TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .addCode(write(
                        k, v.declaration(), ops.removeEntry(k.name(), value.notEqual("table.valueAt(ref)", v.name()))))
                .build();
    }

    private MethodSpec replaceEntry(MapMethod m) {
        Boxes.Local k = boxes.keyFromBox("key");
        MethodSpec.Builder b = method(m, TypeName.BOOLEAN)
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

    // ---- functions ----

    private static TypeName superOf(TypeName t) {
        return WildcardTypeName.supertypeOf(t);
    }

    private static TypeName extendsOf(TypeName t) {
        return WildcardTypeName.subtypeOf(t);
    }

    private TypeName remapping() {
        return ParameterizedTypeName.get(ClassName.get(BiFunction.class), superOf(kb), superOf(vb), extendsOf(vb));
    }

    private TypeName mapping() {
        return ParameterizedTypeName.get(ClassName.get(Function.class), superOf(kb), extendsOf(vb));
    }

    private CodeBlock requireFunction(String name) {
        return CodeBlock.of("$T.requireNonNull($L, $S);\n", OBJECTS, name, name);
    }

    /**
     * computeIfAbsent, computeIfPresent or compute: a boxed key and the function {@code function}
     * of type {@code type} in, the value after out.
     */
    private MethodSpec keyAndFunction(
            MapMethod m, TypeName type, String function, BiFunction<String, String, CodeBlock> operation) {
        Boxes.Local k = boxes.keyFromBox("key");
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(type, function)
                .addCode(requireFunction(function))
                .addCode(write(k, CodeBlock.of(""), operation.apply(k.name(), function + ".apply")))
                .build();
    }

    private MethodSpec merge(MapMethod m) {
        TypeName function =
                ParameterizedTypeName.get(ClassName.get(BiFunction.class), superOf(vb), superOf(vb), extendsOf(vb));
        Boxes.Local k = boxes.keyFromBox("key");
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addParameter(function, "remappingFunction")
                .addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value")
                .addCode(requireFunction("remappingFunction"))
                .addCode(write(k, CodeBlock.of(""), ops.merge(k.name(), "remappingFunction.apply")))
                .build();
    }

    private MethodSpec forEach(MapMethod m) {
        TypeName action = ParameterizedTypeName.get(ClassName.get(BiConsumer.class), superOf(kb), superOf(vb));
        return method(m, TypeName.VOID)
                .addParameter(action, "action")
                .addCode(requireFunction("action"))
                .addCode(t.code(
                        """
            $traversal:T traversal = new $traversal:T();
            while (traversal.next()) {
              action.accept($key:L, $value:L);
            }
            """, "key", boxes.key("traversal.currentKey"), "value", boxes.value("traversal.currentValue")))
                .build();
    }

    private MethodSpec replaceAll(MapMethod m) {
        return method(m, TypeName.VOID)
                .addParameter(remapping(), "function")
                .addCode(requireFunction("function"))
                .addCode(t.code(
                        """
            $traversal:T traversal = new $traversal:T();
            while (traversal.next()) {
              $vb:T value = function.apply($key:L, $value:L);
            """,
                        "vb",
                        vb,
                        "key",
                        boxes.key("traversal.currentKey"),
                        "value",
                        boxes.value("traversal.currentValue")))
                .addCode(
                        value.isReference() ? CodeBlock.of("") : CodeBlock.of("  $L;\n", boxes.nullValueCheck("value")))
                .addCode("  traversal.setValue(value);\n}\n")
                .build();
    }

    // ---- views ----

    private MethodSpec view(MapMethod m, TypeName returns, String field, String viewClass) {
        return method(m, returns).addCode("""
            if ($N == null) {
              $N = new $N();
            }
            return $N;
            """, field, field, viewClass, field).build();
    }
}
