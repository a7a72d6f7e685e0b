package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.Primitive;
import dev.bucketmap.processor.model.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The key and value types, decided here and nowhere else: as the annotation names them ({@code
 * List.class}), and as the interface writes them ({@code List<String>}), learnt from its {@code
 * java.util.Map<K, V>} and from each matched method, which must all agree. Form matching asks
 * which types are the key and the value; the model's {@link KeyKind} and {@link ValueKind} come
 * from here.
 */
final class DeclaredTypes {
    private final Types types;
    private final MethodReporter methods;
    /** The key kind as the annotation names it: a reference key is the erased class. */
    private final KeyKind annotatedKey;

    private final TypeMirror key;
    private final TypeMirror value;
    /** The key type as the methods write it ({@code List<String>} for key = List.class), once seen. */
    private TypeMirror declaredKey;

    private TypeMirror declaredValue;

    DeclaredTypes(Types types, MethodReporter methods, KeyKind annotatedKey, TypeMirror key, TypeMirror value) {
        this.types = types;
        this.methods = methods;
        this.annotatedKey = annotatedKey;
        this.key = key;
        this.value = value;
    }

    /**
     * These types with the primitive of a wrapper value type (value = Integer.class) as the value,
     * to learn whether a method that matches no form would match with it; empty for other values.
     */
    Optional<DeclaredTypes> withUnboxedValue() {
        return unboxedValue().map(primitive -> {
            DeclaredTypes unboxed = new DeclaredTypes(types, methods, annotatedKey, key, primitive);
            unboxed.declaredKey = declaredKey;
            return unboxed;
        });
    }

    /** The primitive of a wrapper value type (value = Integer.class). */
    Optional<TypeMirror> unboxedValue() {
        if (value.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        try {
            return Optional.of(types.unboxedType(value));
        } catch (IllegalArgumentException notABox) {
            return Optional.empty();
        }
    }

    // ---- as the annotation names them ----

    KeyKind annotatedKey() {
        return annotatedKey;
    }

    TypeMirror annotationKey() {
        return key;
    }

    TypeMirror annotationValue() {
        return value;
    }

    boolean valueIsPrimitive() {
        return value.getKind().isPrimitive();
    }

    /** True for the value types addValue can add to: every primitive but boolean. */
    boolean isNumeric() {
        return valueIsPrimitive() && value.getKind() != TypeKind.BOOLEAN;
    }

    TypeMirror keyBox() {
        return box(key);
    }

    TypeMirror valueBox() {
        return box(value);
    }

    private TypeMirror box(TypeMirror t) {
        return t.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) t).asType() : t;
    }

    /** {@code long}, {@code List}: the key type for messages, as the annotation names it. */
    String namedKey() {
        return TypeText.simple(annotatedKey.type().toString());
    }

    String namedValue() {
        return TypeText.simple(value);
    }

    // ---- which types are the key and the value ----

    /** The key type itself, or for a reference key any parameterization of its class. */
    boolean isKey(TypeMirror t) {
        return fits(t, key);
    }

    /** The value type itself, or for a reference value any parameterization of its class. */
    boolean isValue(TypeMirror t) {
        return fits(t, value);
    }

    private boolean fits(TypeMirror t, TypeMirror expected) {
        if (expected.getKind().isPrimitive()) {
            return types.isSameType(t, expected);
        }
        return t.getKind() != TypeKind.VOID
                && !t.getKind().isPrimitive()
                && types.isSameType(types.erasure(t), types.erasure(expected));
    }

    // ---- as the interface writes them ----

    /** The key type as the methods write it so far, else as the annotation names it. */
    TypeMirror key() {
        return declaredKey != null ? declaredKey : key;
    }

    TypeMirror value() {
        return declaredValue != null ? declaredValue : value;
    }

    /**
     * The key and value types as the interface's {@code java.util.Map<K, V>} writes them, for
     * reference types whose type arguments are valid: the forms must write them the same way.
     */
    void noteMap(DeclaredType map) {
        List<? extends TypeMirror> args = map.getTypeArguments();
        if (args.size() != 2) {
            return;
        }
        if (!key.getKind().isPrimitive() && args.get(0).getKind() == TypeKind.DECLARED) {
            declaredKey = args.get(0);
        }
        TypeKind v = args.get(1).getKind();
        if (!value.getKind().isPrimitive() && (v == TypeKind.DECLARED || v == TypeKind.ARRAY)) {
            declaredValue = args.get(1);
        }
    }

    /** Records how {@code method} writes the value type; all must agree. False after reporting. */
    boolean noteValue(ExecutableElement method, ExecutableType signature, TypeMirror t) {
        if (!agrees(method, signature, t, declaredValue, Message.RAW_VALUE, Message.INCONSISTENT_VALUE_TYPE)) {
            return false;
        }
        if (declaredValue == null) {
            declaredValue = t;
        }
        return true;
    }

    /** Records how {@code method} writes a reference key type; all must agree, as for values. */
    boolean noteKey(ExecutableElement method, ExecutableType signature, TypeMirror t) {
        if (!annotatedKey.isReference()) {
            return true;
        }
        if (!agrees(method, signature, t, declaredKey, Message.RAW_KEY, Message.INCONSISTENT_KEY_TYPE)) {
            return false;
        }
        if (declaredKey == null) {
            declaredKey = t;
        }
        return true;
    }

    /** False after reporting that {@code t} is raw, or not {@code earlier}, the type seen before. */
    private boolean agrees(
            ExecutableElement method,
            ExecutableType signature,
            TypeMirror t,
            TypeMirror earlier,
            Message raw,
            Message inconsistent) {
        String described = TypeText.describe(method, signature);
        if (isRaw(t)) {
            methods.error(method, raw, described, TypeText.simple(t), TypeText.simple(t));
            return false;
        }
        if (earlier == null || types.isSameType(earlier, t)) {
            return true;
        }
        methods.error(method, inconsistent, described, TypeText.simple(t), TypeText.simple(earlier));
        return false;
    }

    /** True for {@code List} written without the type arguments its class declares. */
    static boolean isRaw(TypeMirror t) {
        return t instanceof DeclaredType d
                && d.getTypeArguments().isEmpty()
                && !((TypeElement) d.asElement()).getTypeParameters().isEmpty();
    }

    // ---- for the model, once every method is matched ----

    /** The key kind, with a reference key type as the methods write it. */
    KeyKind keyKind() {
        return annotatedKey.isReference() ? annotatedKey.declaredAs(typeName(declaredKey, key)) : annotatedKey;
    }

    /** The value kind; a primitive value's absent value is {@code defaultValue()} if it has one. */
    ValueKind valueKind(boolean hasDefaultValue) {
        if (valueIsPrimitive()) {
            return ValueKind.primitive(Primitive.of(value.getKind()), hasDefaultValue);
        }
        return ValueKind.reference(valueTypeName());
    }

    /** The value type as the methods write it (parameterized if they parameterize it). */
    TypeName valueTypeName() {
        return typeName(declaredValue, value);
    }

    /** {@code declared}, else {@code named}, or {@code List<?>} for a class no method writes: never raw. */
    private TypeName typeName(TypeMirror declared, TypeMirror named) {
        if (declared != null) {
            return TypeName.get(declared);
        }
        TypeElement element =
                named.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) named).asElement() : null;
        if (element == null || element.getTypeParameters().isEmpty()) {
            return TypeName.get(named);
        }
        TypeMirror[] wildcards = new TypeMirror[element.getTypeParameters().size()];
        Arrays.fill(wildcards, types.getWildcardType(null, null));
        return TypeName.get(types.getDeclaredType(element, wildcards));
    }
}
