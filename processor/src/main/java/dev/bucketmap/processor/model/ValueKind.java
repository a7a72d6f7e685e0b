package dev.bucketmap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * What the generator needs to know about a value type. Reference values are stored in an {@code
 * Object[]} and read back with a cast; absent is {@code null}; equality is {@code
 * Objects.equals}. Primitive values are stored in an array of their own type; absent is zero, or
 * the interface's own {@code defaultValue()}; {@code float}/{@code double} compare like {@code
 * Float.equals}/{@code Double.equals}.
 *
 * <p>A set has no values: its model says so once, with {@link #none()}, and the generators that
 * reach into buckets ask {@link #isPresent()} (through the {@code BucketLayout}, whose value place
 * is then empty) and leave every value out.
 */
public final class ValueKind {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final TypeName type;
    private final Primitive primitive;
    private final boolean hasDefaultValueMethod;
    private final boolean present;

    private ValueKind(TypeName type, Primitive primitive, boolean hasDefaultValueMethod, boolean present) {
        this.type = type;
        this.primitive = primitive;
        this.hasDefaultValueMethod = hasDefaultValueMethod;
        this.present = present;
    }

    /** No value at all: the value kind of a set, whose buckets hold only tophash words and elements. */
    public static ValueKind none() {
        return new ValueKind(TypeName.VOID, null, false, false);
    }

    /** False for a set: there are no values to store, read or compare. */
    public boolean isPresent() {
        return present;
    }

    /** A reference value type, as the interface's methods write it (possibly parameterized). */
    public static ValueKind reference(TypeName type) {
        return new ValueKind(type, null, false, true);
    }

    /**
     * A primitive value type; absent is {@code defaultValue()} when the interface declares that
     * default method, else zero.
     */
    public static ValueKind primitive(Primitive primitive, boolean hasDefaultValueMethod) {
        return new ValueKind(primitive.type(), primitive, hasDefaultValueMethod, true);
    }

    /** The value type as written in method signatures. */
    public TypeName type() {
        return type;
    }

    /** Its box. */
    public TypeName boxed() {
        return type.box();
    }

    public boolean isReference() {
        return present && primitive == null;
    }

    /** The element type of the array that stores values. */
    public TypeName storage() {
        return primitive == null ? ClassName.OBJECT : type;
    }

    /**
     * True when reading from storage needs an unchecked cast: a value type such as {@code
     * List<String>} or {@code List<String>[]} that no {@code instanceof} can check.
     */
    public boolean needsUncheckedCast() {
        return TypeNames.needsCast(type);
    }

    /** The reifiable form of a reference value type ({@code List<?>}), for {@code instanceof}. */
    public TypeName raw() {
        return TypeNames.reifiable(type);
    }

    /** An expression creating a value array of the given length. */
    public CodeBlock newArray(String length) {
        return TypeNames.newArray(type, length);
    }

    /** Converts an element read from storage to the value type. */
    public CodeBlock fromStorage(CodeBlock stored) {
        if (primitive != null || type.equals(ClassName.OBJECT)) {
            return stored;
        }
        return CodeBlock.of("($T) $L", type, stored);
    }

    /** True for float and double values. */
    public boolean isFloatingPoint() {
        return primitive == Primitive.FLOAT || primitive == Primitive.DOUBLE;
    }

    /** True when absent is the interface's own {@code defaultValue()}. */
    public boolean usesDefaultValueMethod() {
        return hasDefaultValueMethod;
    }

    /** The value that stands for "absent", in a method of the map class. */
    public CodeBlock absent() {
        if (primitive == null) {
            return CodeBlock.of("null");
        }
        return hasDefaultValueMethod ? CodeBlock.of("defaultValue()") : CodeBlock.of(primitive.zero());
    }

    /** Value equality: {@code Objects.equals}, {@code ==}, or bit patterns for float/double. */
    public CodeBlock equal(String a, String b) {
        if (primitive == null) {
            return CodeBlock.of("$T.equals($L, $L)", OBJECTS, a, b);
        }
        return switch (primitive) {
            case FLOAT ->
                CodeBlock.of("$T.floatToIntBits($L) == $T.floatToIntBits($L)", Float.class, a, Float.class, b);
            case DOUBLE ->
                CodeBlock.of("$T.doubleToLongBits($L) == $T.doubleToLongBits($L)", Double.class, a, Double.class, b);
            default -> CodeBlock.of("$L == $L", a, b);
        };
    }

    /** Value inequality, the negation of {@link #equal}. */
    public CodeBlock notEqual(String a, String b) {
        if (primitive == null) {
            return CodeBlock.of("!$T.equals($L, $L)", OBJECTS, a, b);
        }
        return switch (primitive) {
            case FLOAT ->
                CodeBlock.of("$T.floatToIntBits($L) != $T.floatToIntBits($L)", Float.class, a, Float.class, b);
            case DOUBLE ->
                CodeBlock.of("$T.doubleToLongBits($L) != $T.doubleToLongBits($L)", Double.class, a, Double.class, b);
            default -> CodeBlock.of("$L != $L", a, b);
        };
    }

    /** {@code a + b} as the value type, for {@code addValue}. */
    public CodeBlock sum(CodeBlock a, CodeBlock b) {
        if (primitive.narrowerThanInt()) {
            return CodeBlock.of("($T) ($L + $L)", type, a, b);
        }
        return CodeBlock.of("$L + $L", a, b);
    }

    /** The boxed value's {@code hashCode()}, for {@code Map.hashCode()}. */
    public CodeBlock boxedHashCode(String value) {
        if (primitive == null) {
            return CodeBlock.of("$T.hashCode($L)", OBJECTS, value);
        }
        return CodeBlock.of("$T.hashCode($L)", type.box(), value);
    }

    /** Writes one value to an {@code ObjectOutputStream}. */
    public CodeBlock write(String out, String value) {
        if (primitive == null) {
            return CodeBlock.of("$L.writeObject($L)", out, value);
        }
        return CodeBlock.of("$L.write$L($L)", out, primitive.streamName(), value);
    }

    /** Reads one value from an {@code ObjectInputStream} as it is stored. */
    public CodeBlock read(String in) {
        if (primitive == null) {
            return CodeBlock.of("$L.readObject()", in);
        }
        return CodeBlock.of("$L.read$L()", in, primitive.streamName());
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
