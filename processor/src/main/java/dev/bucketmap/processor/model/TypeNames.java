package dev.bucketmap.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;

/**
 * Type names the generated code can create arrays of and test with {@code instanceof}. Java
 * creates no array of {@code List<String>}, and a raw {@code List} warns under {@code
 * -Xlint:rawtypes}; {@code List<?>} is reifiable and warns about nothing, so it is the form
 * arrays and {@code instanceof} use, and a cast takes it back to the type the interface writes.
 */
public final class TypeNames {
    private TypeNames() {}

    /**
     * {@code type} with every type argument an unbounded wildcard: {@code List<?>} for {@code
     * List<String>}, {@code List<?>[]} for {@code List<String>[]}; other types unchanged.
     */
    public static TypeName reifiable(TypeName type) {
        if (type instanceof ArrayTypeName array) {
            return ArrayTypeName.of(reifiable(array.componentType()));
        }
        if (type instanceof ParameterizedTypeName p) {
            TypeName[] wildcards = Collections.nCopies(
                            p.typeArguments().size(), WildcardTypeName.subtypeOf(Object.class))
                    .toArray(TypeName[]::new);
            return ParameterizedTypeName.get(p.rawType(), wildcards);
        }
        return type;
    }

    /** True when {@code type} is not its own {@link #reifiable} form, so reading it needs a cast. */
    public static boolean needsCast(TypeName type) {
        return !reifiable(type).equals(type);
    }

    /**
     * An expression of type {@code element[]} with {@code length} elements: {@code new long[n][]}
     * for {@code long[]} elements, {@code (List<String>[]) new List<?>[n]} for {@code List<String>}
     * (an unchecked cast, which the generated class suppresses).
     */
    public static CodeBlock newArray(TypeName element, String length) {
        int dimensions = 0;
        TypeName base = reifiable(element);
        while (base instanceof ArrayTypeName array) {
            base = array.componentType();
            dimensions++;
        }
        CodeBlock creation = CodeBlock.of("new $T[$L]$L", base, length, "[]".repeat(dimensions));
        if (needsCast(element)) {
            return CodeBlock.of("($T) $L", ArrayTypeName.of(element), creation);
        }
        return creation;
    }
}
