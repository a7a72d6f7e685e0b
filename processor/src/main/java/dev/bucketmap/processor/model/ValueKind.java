package dev.bucketmap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * What the generator needs to know about a value type. This version has reference values: they
 * are stored in an {@code Object[]}, read back with a cast, absent is {@code null}, and equality
 * is {@code Objects.equals}.
 */
public final class ValueKind {
  private static final ClassName OBJECTS = ClassName.get(Objects.class);

  private final TypeName type;

  private ValueKind(TypeName type) {
    this.type = type;
  }

  /** A reference value type, as the interface's methods write it (possibly parameterized). */
  public static ValueKind reference(TypeName type) {
    return new ValueKind(type);
  }

  /** The value type as written in method signatures. */
  public TypeName type() {
    return type;
  }

  /** Its box (the type itself for references). */
  public TypeName boxed() {
    return type.box();
  }

  /** The element type of the array that stores values. */
  public TypeName storage() {
    return ClassName.OBJECT;
  }

  /** True when reading from storage needs an unchecked cast (a parameterized value type). */
  public boolean needsUncheckedCast() {
    return type instanceof ParameterizedTypeName;
  }

  /** An expression creating a value array of the given length. */
  public CodeBlock newArray(String length) {
    TypeName raw = type instanceof ParameterizedTypeName p ? p.rawType() : type;
    return CodeBlock.of("new $T[$L]", raw, length);
  }

  /** Converts an element read from storage ({@code Object}) to the value type. */
  public CodeBlock fromStorage(CodeBlock stored) {
    if (type.equals(ClassName.OBJECT)) {
      return stored;
    }
    return CodeBlock.of("($T) $L", type, stored);
  }

  /** The value that stands for "absent". */
  public CodeBlock absent() {
    return CodeBlock.of("null");
  }

  /** Value equality: {@code Objects.equals}. */
  public CodeBlock equal(String a, String b) {
    return CodeBlock.of("$T.equals($L, $L)", OBJECTS, a, b);
  }

  /** The boxed value's {@code hashCode()}, for {@code Map.hashCode()}. */
  public CodeBlock boxedHashCode(String value) {
    return CodeBlock.of("$T.hashCode($L)", OBJECTS, value);
  }

  /** Writes one value to an {@code ObjectOutputStream}. */
  public CodeBlock write(String out, String value) {
    return CodeBlock.of("$L.writeObject($L)", out, value);
  }

  /** Reads one value from an {@code ObjectInputStream} as it is stored ({@code Object}). */
  public CodeBlock read(String in) {
    return CodeBlock.of("$L.readObject()", in);
  }

  @Override
  public String toString() {
    return type.toString();
  }
}
