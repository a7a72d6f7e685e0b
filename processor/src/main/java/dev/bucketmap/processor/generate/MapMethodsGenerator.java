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
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the methods of {@code java.util.Map} for an interface that extends it, with {@code
 * Map}'s semantics over boxed keys and values (those of {@code HashMap}): {@code get} answers
 * {@code null} for a missing key also when values are primitive, a {@code null} result of {@code
 * compute}, {@code computeIfPresent} or {@code merge} removes the entry, and so on. Written here:
 * the reads, where a key of the wrong type is simply absent, the whole-map methods and the views'
 * accessors. The writes of one key are {@link MapWritesGenerator}'s, around the bodies {@link
 * Operations} shares with the forms; the Javadoc is {@link MapMethodDocs}'s, the views {@link
 * MapViewsGenerator}'s.
 *
 * <pre>
 * public String get(Object key) {
 *   if (!(key instanceof Long)) {
 *     return null;
 *   }
 *   long k = (Long) key;
 *   ...                                   // {@link Operations#find}
 * }
 * public String put(Long key, String value) ...   // {@link MapWritesGenerator}
 * public Set&lt;Long&gt; keySet() ...             // views: {@link MapViewsGenerator}
 * </pre>
 */
final class MapMethodsGenerator {
    private final Template t;
    private final MapInterop map;
    private final Boxes boxes;
    private final ValueKind value;
    private final TypeName kb;
    private final TypeName vb;
    private final Operations ops;
    private final MapWritesGenerator writes;

    MapMethodsGenerator(Template t, MapInterop map) {
        this.t = t;
        this.map = map;
        this.boxes = new Boxes(t, map);
        this.value = t.model().value();
        this.kb = map.keyBox();
        this.vb = map.valueBox();
        this.ops = new Operations(t, new Operations.Ends(vb, CodeBlock.of("null"), true));
        this.writes = new MapWritesGenerator(t, boxes, ops);
    }

    List<MethodSpec> generate() {
        List<MethodSpec> methods = new ArrayList<>();
        for (MapMethod m : MapMethod.values()) {
            if (map.implementsMethod(m)) {
                methods.add(generate(m));
            }
        }
        methods.add(containsMapping());
        methods.add(writes.removeKey());
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
                        .addCode(read("key", "null", """
                            if (ref == NOT_FOUND) {
                              return null;
                            }
                            return $stored:L;
                            """))
                        .build();
            case GET_OR_DEFAULT ->
                method(m, vb)
                        .addParameter(Object.class, "key")
                        .addParameter(vb, "defaultValue")
                        .addCode(read("key", "defaultValue", """
                            if (ref == NOT_FOUND) {
                              return defaultValue;
                            }
                            return $stored:L;
                            """))
                        .build();
            case PUT,
                    PUT_IF_ABSENT,
                    REMOVE,
                    REMOVE_ENTRY,
                    REPLACE,
                    REPLACE_ENTRY,
                    COMPUTE_IF_ABSENT,
                    COMPUTE_IF_PRESENT,
                    COMPUTE,
                    MERGE -> writes.generate(m);
            case PUT_ALL -> putAll(m);
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

    /** The start of an overriding {@code java.util.Map} method: its name, modifiers and return type. */
    static MethodSpec.Builder method(MapMethod m, TypeName returns) {
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

    // ---- whole-map methods ----

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

    private MethodSpec forEach(MapMethod m) {
        return method(m, TypeName.VOID)
                .addParameter(boxes.action(), "action")
                .addCode(boxes.requireNonNull("action", "action"))
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
                .addParameter(boxes.remapping(), "function")
                .addCode(boxes.requireNonNull("function", "function"))
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
