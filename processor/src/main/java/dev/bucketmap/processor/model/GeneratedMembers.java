package dev.bucketmap.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The methods a generated class declares, derived from its model alone: the interface's forms,
 * {@code stats()}, {@code java.util.Map}'s methods when the interface extends it, the object
 * methods and the engine's private helpers ({@code hash}, {@code insert}, ...), so that
 * validation can compare them with the interface's default methods before anything is
 * generated. {@code GeneratedMembersTest} keeps this list equal to what the generator writes. A
 * set's engine has no {@code store} or {@code containsEntry}, and its {@code insert} and {@code
 * removeAt} carry no value.
 */
public final class GeneratedMembers {
    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName BOOLEANS = ArrayTypeName.of(TypeName.BOOLEAN);

    /** One method of the generated class: public or private, its return type, name and parameters. */
    public record Member(boolean isPublic, TypeName returnType, String name, List<TypeName> parameters) {
        public Member {
            parameters = List.copyOf(parameters);
        }
    }

    /** The one static method: no default method can share its parameters, whatever it returns. */
    public static final String STATIC_FACTORY = "withSeed";

    private final MapModel model;
    private final List<Member> members = new ArrayList<>();

    private GeneratedMembers(MapModel model) {
        this.model = model;
    }

    /** Every method, but no constructor, of the class generated for {@code model}. */
    public static List<Member> of(MapModel model) {
        GeneratedMembers m = new GeneratedMembers(model);
        m.forms();
        model.map().ifPresent(m::mapMethods);
        m.objectMethods();
        m.invariants();
        m.engine();
        return List.copyOf(m.members);
    }

    private void forms() {
        for (MethodModel method : model.methods()) {
            if (method.form() != Form.STATS) {
                members.add(new Member(true, method.returnType(), method.name(), method.parameterTypes()));
            }
        }
        add(true, RuntimeTypes.MAP_STATS, "stats");
    }

    private void mapMethods(MapInterop map) {
        TypeName kb = map.keyBox();
        TypeName vb = map.valueBox();
        TypeName object = ClassName.OBJECT;
        TypeName remapping = parameterized(BiFunction.class, superOf(kb), superOf(vb), extendsOf(vb));
        for (MapMethod m : MapMethod.values()) {
            if (!map.implementsMethod(m)) {
                continue;
            }
            switch (m) {
                case SIZE -> add(true, TypeName.INT, "size");
                case IS_EMPTY -> add(true, TypeName.BOOLEAN, "isEmpty");
                case CONTAINS_KEY -> add(true, TypeName.BOOLEAN, "containsKey", object);
                case CONTAINS_VALUE -> add(true, TypeName.BOOLEAN, "containsValue", object);
                case GET -> add(true, vb, "get", object);
                case GET_OR_DEFAULT -> add(true, vb, "getOrDefault", object, vb);
                case PUT -> add(true, vb, "put", kb, vb);
                case PUT_ALL ->
                    add(true, TypeName.VOID, "putAll", parameterized(Map.class, extendsOf(kb), extendsOf(vb)));
                case PUT_IF_ABSENT -> add(true, vb, "putIfAbsent", kb, vb);
                case REMOVE -> add(true, vb, "remove", object);
                case REMOVE_ENTRY -> add(true, TypeName.BOOLEAN, "remove", object, object);
                case REPLACE -> add(true, vb, "replace", kb, vb);
                case REPLACE_ENTRY -> add(true, TypeName.BOOLEAN, "replace", kb, vb, vb);
                case COMPUTE_IF_ABSENT ->
                    add(true, vb, "computeIfAbsent", kb, parameterized(Function.class, superOf(kb), extendsOf(vb)));
                case COMPUTE_IF_PRESENT -> add(true, vb, "computeIfPresent", kb, remapping);
                case COMPUTE -> add(true, vb, "compute", kb, remapping);
                case MERGE ->
                    add(
                            true,
                            vb,
                            "merge",
                            kb,
                            vb,
                            parameterized(BiFunction.class, superOf(vb), superOf(vb), extendsOf(vb)));
                case FOR_EACH ->
                    add(true, TypeName.VOID, "forEach", parameterized(BiConsumer.class, superOf(kb), superOf(vb)));
                case REPLACE_ALL -> add(true, TypeName.VOID, "replaceAll", remapping);
                case CLEAR -> add(true, TypeName.VOID, "clear");
                case KEY_SET -> add(true, parameterized(Set.class, kb), "keySet");
                case VALUES -> add(true, parameterized(Collection.class, vb), "values");
                case ENTRY_SET ->
                    add(true, parameterized(Set.class, parameterized(Map.Entry.class, kb, vb)), "entrySet");
            }
        }
        add(false, TypeName.BOOLEAN, "containsMapping", object, object);
        add(false, TypeName.BOOLEAN, "removeKey", object);
    }

    private void objectMethods() {
        add(true, STRING, "toString");
        add(true, TypeName.BOOLEAN, "equals", ClassName.OBJECT);
        add(true, TypeName.INT, "hashCode");
        add(false, TypeName.VOID, "writeObject", ClassName.get(ObjectOutputStream.class));
        add(false, TypeName.VOID, "readObject", ClassName.get(ObjectInputStream.class));
    }

    private void invariants() {
        TypeName table = table();
        TypeName i = TypeName.INT;
        add(true, TypeName.VOID, "checkInvariants");
        add(false, i, "checkChain", table, i, TypeName.BOOLEAN, i, BOOLEANS);
        add(false, TypeName.VOID, "checkPool", table, BOOLEANS);
        add(false, STRING, "where", i, i, i);
    }

    private void engine() {
        TypeName ks = model.key().storage();
        TypeName vs = model.value().storage();
        TypeName hash = TypeName.LONG;
        TypeName v = TypeName.VOID;
        add(false, TypeName.LONG, "hash", ks);
        add(false, TypeName.LONG, "hash", ks, TypeName.LONG);
        add(false, table(), "readTable", hash);
        add(false, v, "beginWrite");
        add(false, v, "endWrite");
        add(false, TypeName.INT, "findForWrite", hash, ks);
        boolean values = model.value().isPresent();
        if (values) {
            add(false, v, "insert", hash, ks, vs);
            add(false, v, "store", hash, ks, TypeName.INT, vs);
            add(false, vs, "removeAt", hash, TypeName.INT);
        } else {
            add(false, v, "insert", hash, ks);
            add(false, v, "removeAt", hash, TypeName.INT);
        }
        add(false, v, "startGrowth");
        add(false, v, "growWork", hash);
        add(false, v, "evacuate", TypeName.INT);
        add(false, v, "advanceEvacuationMark");
        add(false, v, "clearAll");
        if (values) {
            add(false, TypeName.BOOLEAN, "containsEntry", ks, vs);
        }
        add(false, TypeName.LONG, "nextSeed");
        add(true, model.generatedName(), STATIC_FACTORY, TypeName.LONG);
    }

    /** The generated class's nested {@code Table}. */
    private TypeName table() {
        return model.generatedName().nestedClass("Table");
    }

    private void add(boolean isPublic, TypeName returns, String name, TypeName... parameters) {
        members.add(new Member(isPublic, returns, name, List.of(parameters)));
    }

    private static TypeName parameterized(Class<?> raw, TypeName... arguments) {
        return ParameterizedTypeName.get(ClassName.get(raw), arguments);
    }

    private static TypeName superOf(TypeName t) {
        return WildcardTypeName.supertypeOf(t);
    }

    private static TypeName extendsOf(TypeName t) {
        return WildcardTypeName.subtypeOf(t);
    }
}
