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
 * compute}, {@code computeIfPresent} or {@code merge} removes the entry, and so on. Each body is
 * the same few lines over the engine as a form's: convert the boxes to stored forms, hash, then
 * {@code readTable}/{@code find}, or {@link Template#write} around {@code findForWrite} for
 * writes.
 *
 * <pre>
 * public String get(Object key) {
 *   if (!(key instanceof Long)) {
 *     return null;
 *   }
 *   long k = (Long) key;
 *   ...
 * }
 * public String put(Long key, String value) ...
 * public Set&lt;Long&gt; keySet() ...   // views: {@link MapViewsGenerator}
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

    MapMethodsGenerator(Template t, MapInterop map) {
        this.t = t;
        this.map = map;
        this.boxes = new Boxes(t, map);
        this.value = t.model().value();
        this.kb = map.keyBox();
        this.vb = map.valueBox();
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
            case PUT -> put(m);
            case PUT_ALL -> putAll(m);
            case PUT_IF_ABSENT -> putIfAbsent(m);
            case REMOVE -> remove(m);
            case REMOVE_ENTRY -> removeEntry(m);
            case REPLACE -> replace(m);
            case REPLACE_ENTRY -> replaceEntry(m);
            case COMPUTE_IF_ABSENT -> computeIfAbsent(m);
            case COMPUTE_IF_PRESENT -> computeIfPresent(m);
            case COMPUTE -> compute(m);
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
    ParameterizedTypeName entryType() {
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
        Object[] args = new Object[extra.length + 4];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "k";
        args[extra.length + 1] = k.name();
        args[extra.length + 2] = "stored";
        args[extra.length + 3] = boxes.value("t.valueAt(ref)");
        return CodeBlock.builder()
                .add(k.declaration())
                .add(t.code("""
            long hash = hash($k:L);
            $table:T t = readTable(hash);
            int ref = t.find(hash, $k:L);
            """ + tail, args))
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
        return MethodSpec.methodBuilder("removeKey")
                .addJavadoc("Removes {@code key}; true if it was present.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addCode(writeByObject("false", CodeBlock.of(""), """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return false;
            }
            removeAt(hash, ref);
            return true;
            """))
                .build();
    }

    /**
     * A write with a boxed key and maybe a boxed value: nulls that a primitive kind refuses throw
     * first, then the hash (it may throw), then the writing flag around {@code body} ({@link
     * Template#write}).
     */
    private CodeBlock write(boolean withValue, String body, Object... extra) {
        Boxes.Local k = boxes.keyFromBox("key");
        Boxes.Local v = withValue ? boxes.valueFromBox("value", "v") : null;
        Object[] args = new Object[extra.length + 8];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "k";
        args[extra.length + 1] = k.name();
        args[extra.length + 2] = "v";
        args[extra.length + 3] = v == null ? "" : v.name();
        args[extra.length + 4] = "stored";
        args[extra.length + 5] = boxes.value("table.valueAt(ref)");
        args[extra.length + 6] = "vb";
        args[extra.length + 7] = vb;
        CodeBlock.Builder code = CodeBlock.builder().add(k.declaration());
        if (v != null) {
            code.add(v.declaration());
        }
        return code.add(t.write(k.name(), t.code(body, args))).build();
    }

    /** Like {@link #write} for a key given as an {@code Object}: a wrong type is simply absent. */
    private CodeBlock writeByObject(String miss, CodeBlock more, String body, Object... extra) {
        Boxes.Local k = boxes.keyFromObject("key", miss);
        Object[] args = new Object[extra.length + 4];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "k";
        args[extra.length + 1] = k.name();
        args[extra.length + 2] = "removed";
        args[extra.length + 3] = boxes.value("removeAt(hash, ref)");
        return CodeBlock.builder()
                .add(k.declaration())
                .add(more)
                .add(t.write(k.name(), t.code(body, args)))
                .build();
    }

    private MethodSpec put(MapMethod m) {
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addCode(write(true, """
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              $vb:T old = $stored:L;
              table.setValueAt(ref, $v:L);
              return old;
            }
            insert(hash, $k:L, $v:L);
            return null;
            """))
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

    private MethodSpec putIfAbsent(MapMethod m) {
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addCode(write(true, value.isReference() ? """
              int ref = findForWrite(hash, $k:L);
              if (ref != NOT_FOUND) {
                $vb:T old = $stored:L;
                if (old == null) {
                  table.setValueAt(ref, $v:L);
                }
                return old;
              }
              insert(hash, $k:L, $v:L);
              return null;
              """ : """
              int ref = findForWrite(hash, $k:L);
              if (ref != NOT_FOUND) {
                return $stored:L;
              }
              insert(hash, $k:L, $v:L);
              return null;
              """))
                .build();
    }

    private MethodSpec remove(MapMethod m) {
        return method(m, vb)
                .addParameter(Object.class, "key")
                .addCode(writeByObject("null", CodeBlock.of(""), """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return null;
            }
            return $removed:L;
            """))
                .build();
    }

    private MethodSpec removeEntry(MapMethod m) {
        Boxes.Local v = boxes.valueFromObject("value", "false");
        return method(m, TypeName.BOOLEAN)
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .addCode(writeByObject(
                        "false", v.declaration(), """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND || $differs:L) {
              return false;
            }
            removeAt(hash, ref);
            return true;
            """, "differs", value.notEqual("table.valueAt(ref)", v.name())))
                .build();
    }

    private MethodSpec replace(MapMethod m) {
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addCode(write(true, """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return null;
            }
            $vb:T old = $stored:L;
            table.setValueAt(ref, $v:L);
            return old;
            """))
                .build();
    }

    private MethodSpec replaceEntry(MapMethod m) {
        MethodSpec.Builder b = method(m, TypeName.BOOLEAN)
                .addParameter(kb, "key")
                .addParameter(vb, "oldValue")
                .addParameter(vb, "newValue");
        if (value.isReference()) {
            return b.addCode(write(false, """
              int ref = findForWrite(hash, $k:L);
              if (ref == NOT_FOUND || $differs:L) {
                return false;
              }
              table.setValueAt(ref, newValue);
              return true;
              """, "differs", value.notEqual("table.valueAt(ref)", "oldValue")))
                    .build();
        }
        // A primitive value is never null: a null oldValue matches nothing.
        return b.addStatement(boxes.nullValueCheck("newValue"))
                .addCode(write(false, """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND || oldValue == null || $differs:L) {
              return false;
            }
            table.setValueAt(ref, newValue);
            return true;
            """, "differs", value.notEqual("table.valueAt(ref)", "oldValue")))
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

    private CodeBlock requireFunction(String name) {
        return CodeBlock.of("$T.requireNonNull($L, $S);\n", OBJECTS, name, name);
    }

    private MethodSpec computeIfAbsent(MapMethod m) {
        TypeName function = ParameterizedTypeName.get(ClassName.get(Function.class), superOf(kb), extendsOf(vb));
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(function, "mappingFunction")
                .addCode(requireFunction("mappingFunction"))
                .addCode(write(false, value.isReference() ? """
              int ref = findForWrite(hash, $k:L);
              if (ref != NOT_FOUND) {
                $vb:T old = $stored:L;
                if (old != null) {
                  return old;
                }
              }
              $vb:T value = mappingFunction.apply(key);
              if (value == null) {
                return null;
              }
              store(hash, $k:L, ref, value);
              return value;
              """ : """
              int ref = findForWrite(hash, $k:L);
              if (ref != NOT_FOUND) {
                return $stored:L;
              }
              $vb:T value = mappingFunction.apply(key);
              if (value == null) {
                return null;
              }
              insert(hash, $k:L, value);
              return value;
              """))
                .build();
    }

    private MethodSpec computeIfPresent(MapMethod m) {
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(remapping(), "remappingFunction")
                .addCode(requireFunction("remappingFunction"))
                .addCode(write(false, """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return null;
            }
            $vb:T old = $stored:L;
            """ + (value.isReference() ? """
                      if (old == null) {
                        return null;
                      }
                      """ : "") + """
                $vb:T value = remappingFunction.apply(key, old);
                if (value == null) {
                  removeAt(hash, ref);
                } else {
                  table.setValueAt(ref, value);
                }
                return value;
                """))
                .build();
    }

    private MethodSpec compute(MapMethod m) {
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(remapping(), "remappingFunction")
                .addCode(requireFunction("remappingFunction"))
                .addCode(write(false, """
            int ref = findForWrite(hash, $k:L);
            $vb:T old = null;
            if (ref != NOT_FOUND) {
              old = $stored:L;
            }
            $vb:T value = remappingFunction.apply(key, old);
            if (value == null) {
              if (ref != NOT_FOUND) {
                removeAt(hash, ref);
              }
              return null;
            }
            store(hash, $k:L, ref, value);
            return value;
            """))
                .build();
    }

    private MethodSpec merge(MapMethod m) {
        TypeName function =
                ParameterizedTypeName.get(ClassName.get(BiFunction.class), superOf(vb), superOf(vb), extendsOf(vb));
        return method(m, vb)
                .addParameter(kb, "key")
                .addParameter(vb, "value")
                .addParameter(function, "remappingFunction")
                .addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value")
                .addCode(requireFunction("remappingFunction"))
                .addCode(write(false, """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              insert(hash, $k:L, value);
              return value;
            }
            $vb:T old = $stored:L;
            """ + (value.isReference() ? """
                      $vb:T merged = old == null ? value : remappingFunction.apply(old, value);
                      """ : """
                      $vb:T merged = remappingFunction.apply(old, value);
                      """) + """
            if (merged == null) {
              removeAt(hash, ref);
            } else {
              table.setValueAt(ref, merged);
            }
            return merged;
            """))
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
