package dev.bucketmap.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * Generates a set's {@code toString}, {@code equals} and {@code hashCode} by the {@code
 * java.util.Set} rules: {@code [e1, e2]}, equal to another set of this class with the same
 * elements, and the sum of the boxed elements' hash codes. The serialized form is
 * the maps' ({@link ObjectMethodsGenerator}), with no values.
 */
final class SetObjectMethodsGenerator {
    private final Template t;

    SetObjectMethodsGenerator(Template t) {
        this.t = t;
    }

    MethodSpec toStringMethod() {
        return MethodSpec.methodBuilder("toString")
                .addJavadoc(Doc.of("Returns the elements as {@code [e1, e2]}, in a random order, a new one on every"
                                + " call (never depend on it).")
                        .returns("the elements as text")
                        .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(t.code("""
                StringBuilder sb = new StringBuilder("[");
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  if (sb.length() > 1) {
                    sb.append(", ");
                  }
                  sb.append($element:L);
                }
                return sb.append(']').toString();
                """, "element", t.key("traversal.currentKey")))
                .build();
    }

    /**
     * Equal to another set of this class with the same elements, compared without boxing. Not to
     * other {@code java.util.Set}s: this class is not one, so their {@code equals} would not answer
     * in kind, and equality must be symmetric (as for a map that does not extend {@code Map}).
     */
    MethodSpec equalsMethod() {
        return MethodSpec.methodBuilder("equals")
                .addJavadoc(Doc.of("Tells whether {@code other} is a set of this class with the same elements.")
                        .param("other", "the object to compare with")
                        .returns("true if it holds the same elements")
                        .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addCode(t.code("""
                if (other == this) {
                  return true;
                }
                if (!(other instanceof $self:T that) || that.count != count) {
                  return false;
                }
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  long hash = that.hash(traversal.currentKey);
                  if (that.readTable(hash).find(hash, traversal.currentKey) == NOT_FOUND) {
                    return false;
                  }
                }
                return true;
                """))
                .build();
    }

    MethodSpec hashCodeMethod() {
        return MethodSpec.methodBuilder("hashCode")
                .addJavadoc(Doc.of("Returns the sum of the boxed elements' hash codes, as {@code java.util.Set}"
                                + " specifies.")
                        .returns("the hash code of the elements")
                        .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(t.code("""
                int h = 0;
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  h += $eh:L;
                }
                return h;
                """, "eh", t.model().key().boxedHashCode("traversal.currentKey")))
                .build();
    }
}
