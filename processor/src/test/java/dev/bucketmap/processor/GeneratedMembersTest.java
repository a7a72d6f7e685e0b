package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.generate.MapGenerator;
import dev.bucketmap.processor.model.CursorModel;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.GeneratedMembers;
import dev.bucketmap.processor.model.GeneratedMembers.Member;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapMethod;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.Primitive;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.Shape;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@link GeneratedMembers}, the catalogue validation checks default methods against, lists exactly
 * the methods the generator writes: for every key layout and value kind, with and without {@code
 * java.util.Map} (all of its methods, or some left to the interface's default methods), with every
 * form and a cursor, or with one form only; and for every element kind of a set. A generated method missing from the catalogue is a
 * default-method clash that would go unreported and make the generated class fail to compile.
 */
class GeneratedMembersTest {
    private static final ClassName INTERFACE = ClassName.get("test", "Foo");
    private static final ClassName GENERATED = ClassName.get("test", "BucketMap_Foo");
    private static final ClassName SET = ClassName.get("test", "BucketSet_Foo");
    private static final TypeName LIST_OF_STRING =
            ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));

    private static final List<KeyKind> KEYS = List.of(
            KeyKind.primitive(Primitive.BYTE),
            KeyKind.primitive(Primitive.SHORT),
            KeyKind.primitive(Primitive.CHAR),
            KeyKind.primitive(Primitive.INT),
            KeyKind.primitive(Primitive.LONG),
            KeyKind.primitive(Primitive.FLOAT),
            KeyKind.primitive(Primitive.DOUBLE),
            KeyKind.reference(ClassName.get(String.class)),
            KeyKind.reference(ClassName.OBJECT),
            KeyKind.reference(LIST_OF_STRING));

    private static List<ValueKind> values() {
        List<ValueKind> values = new ArrayList<>();
        for (Primitive p : Primitive.values()) {
            values.add(ValueKind.primitive(p, false));
        }
        values.add(ValueKind.primitive(Primitive.INT, true));
        values.add(ValueKind.reference(ClassName.get(String.class)));
        values.add(ValueKind.reference(ClassName.OBJECT));
        values.add(ValueKind.reference(LIST_OF_STRING));
        values.add(ValueKind.reference(ArrayTypeName.of(TypeName.LONG)));
        return values;
    }

    @Test
    void catalogueListsEveryGeneratedMethod() {
        List<String> failures = new ArrayList<>();
        int models = 0;
        for (KeyKind key : KEYS) {
            for (ValueKind value : values()) {
                for (MapModel model : models(key, value)) {
                    models++;
                    compare(model, failures);
                }
            }
        }
        for (KeyKind element : KEYS) {
            List<MethodModel> every = Form.of(true).stream()
                    .map(form -> method(form, element, ValueKind.none()))
                    .toList();
            List<MethodModel> one = List.of(method(Form.ADD, element, ValueKind.none()));
            for (List<MethodModel> methods : List.of(every, one)) {
                models++;
                compare(new MapModel(INTERFACE, SET, element, ValueKind.none(), methods, Optional.empty()), failures);
            }
        }
        assertTrue(models > 500, "only " + models + " models");
        assertEquals(
                "",
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))
                        + (failures.size() > 20 ? "\n... " + failures.size() + " differences in all" : ""));
    }

    /**
     * A default method with the signature of a helper that only a class extending {@code
     * java.util.Map} has is reported from the catalogue, on the default method, before anything is
     * generated.
     */
    @Test
    void defaultMethodClashingWithAMapHelper() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends java.util.Map<Long, String> {",
                "  default boolean containsMapping(Object key, Object value) { return false; }",
                "}");
        Compilation c = compile(src);
        assertThat(c)
                .hadErrorContaining(
                        "default method boolean containsMapping(Object, Object) clashes with private boolean"
                                + " containsMapping(Object, Object), which the generated class BucketMap_Foo"
                                + " declares; rename the default method")
                .inFile(src)
                .onLineContaining("default boolean containsMapping");
        assertThat(c).hadErrorCount(1); // a generated class would not compile: a second error
    }

    private static void compare(MapModel model, List<String> failures) {
        Set<Member> generated = new LinkedHashSet<>();
        for (MethodSpec m : new MapGenerator().generate(model).typeSpec().methodSpecs()) {
            if (!m.isConstructor()) {
                List<TypeName> params =
                        m.parameters().stream().map(ParameterSpec::type).toList();
                generated.add(new Member(m.modifiers().contains(Modifier.PUBLIC), m.returnType(), m.name(), params));
            }
        }
        Set<Member> catalogue = new LinkedHashSet<>(GeneratedMembers.of(model));
        String what = model.key() + " to " + model.value()
                + (model.map().isPresent()
                        ? ", extends Map implementing "
                                + model.map().get().implemented().size()
                        : "")
                + ", " + model.methods().size() + " forms";
        for (Member m : generated) {
            if (!catalogue.contains(m)) {
                failures.add(what + ": the catalogue misses " + m);
            }
        }
        for (Member m : catalogue) {
            if (!generated.contains(m)) {
                failures.add(what + ": the catalogue lists " + m + ", which is not generated");
            }
        }
    }

    /** Every form and a cursor, one form only, each without and with java.util.Map. */
    private static List<MapModel> models(KeyKind key, ValueKind value) {
        List<MethodModel> every = new ArrayList<>();
        for (Form form : Form.of(false)) {
            if (form != Form.ADD_VALUE || numeric(value)) {
                every.add(method(form, key, value));
            }
        }
        List<MethodModel> one = List.of(method(Form.GET, key, value));
        Set<MapMethod> some = EnumSet.allOf(MapMethod.class);
        some.removeAll(List.of(MapMethod.GET, MapMethod.KEY_SET, MapMethod.FOR_EACH, MapMethod.REMOVE_ENTRY));
        Optional<MapInterop> all =
                Optional.of(new MapInterop(key.boxed(), value.boxed(), EnumSet.allOf(MapMethod.class)));
        Optional<MapInterop> partly = Optional.of(new MapInterop(key.boxed(), value.boxed(), some));
        List<MapModel> models = new ArrayList<>();
        for (List<MethodModel> methods : List.of(every, one)) {
            for (Optional<MapInterop> map : List.of(Optional.<MapInterop>empty(), all, partly)) {
                models.add(new MapModel(INTERFACE, GENERATED, key, value, methods, map));
            }
        }
        return models;
    }

    /** The value kinds addValue applies to: the primitives but boolean. */
    private static boolean numeric(ValueKind value) {
        return value.type().isPrimitive() && !value.type().equals(TypeName.BOOLEAN);
    }

    private static MethodModel method(Form form, KeyKind key, ValueKind value) {
        List<TypeName> params = new ArrayList<>();
        Optional<FunctionCall> function = Optional.empty();
        for (Shape shape : form.parameters()) {
            params.add(type(shape, key, value));
            if (shape.isFunction()) {
                function = Optional.of(new FunctionCall(
                        switch (shape) {
                            case FN_KV_TO_VOID, FN_K_TO_VOID, FN_V_TO_VOID -> "accept";
                            case FN_KV_TO_BOOLEAN, FN_K_TO_BOOLEAN -> "test";
                            default -> "apply";
                        }));
            }
        }
        Optional<CursorModel> cursor = form == Form.CURSOR || form == Form.ELEMENT_CURSOR
                ? Optional.of(new CursorModel(INTERFACE.nestedClass("Cursor")))
                : Optional.empty();
        return new MethodModel(form.methodName(), form, type(form.returns(), key, value), params, function, cursor);
    }

    private static TypeName type(Shape shape, KeyKind key, ValueKind value) {
        TypeName k = key.boxed();
        TypeName v = value.boxed();
        return switch (shape) {
            case KEY -> key.type();
            case VALUE -> value.type();
            case INT -> TypeName.INT;
            case BOOLEAN -> TypeName.BOOLEAN;
            case VOID -> TypeName.VOID;
            case KEY_ARRAY -> ArrayTypeName.of(key.type());
            case VALUE_ARRAY -> ArrayTypeName.of(value.type());
            case CURSOR -> INTERFACE.nestedClass("Cursor");
            case STATS -> RuntimeTypes.MAP_STATS;
            case FN_K_TO_V -> generic(java.util.function.Function.class, k, v);
            case FN_KV_TO_V -> generic(BiFunction.class, k, v, v);
            case FN_VV_TO_V -> generic(BinaryOperator.class, v);
            case FN_KV_TO_VOID -> generic(BiConsumer.class, k, v);
            case FN_K_TO_VOID -> generic(Consumer.class, k);
            case FN_V_TO_VOID -> generic(Consumer.class, v);
            case FN_KV_TO_BOOLEAN -> generic(BiPredicate.class, k, v);
            case FN_K_TO_BOOLEAN -> generic(Predicate.class, k);
        };
    }

    private static TypeName generic(Class<?> raw, TypeName... arguments) {
        return ParameterizedTypeName.get(ClassName.get(raw), arguments);
    }
}
