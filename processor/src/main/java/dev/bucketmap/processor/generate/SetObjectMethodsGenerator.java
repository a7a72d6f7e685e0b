package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates a set's {@code toString}, {@code equals} and {@code hashCode} by the {@code
 * java.util.Set} rules: {@code [e1, e2]}, equal to another set of this class or any {@code Set}
 * with the same elements, and the sum of the boxed elements' hash codes. The serialized form is
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
     * {@code Set.equals}: another set of this class is compared without boxing; any other {@code
     * Set} by its size and {@code contains}, as {@code AbstractSet} does (a set that cannot hold
     * one of our elements is not equal).
     */
    MethodSpec equalsMethod() {
        return MethodSpec.methodBuilder("equals")
                .addJavadoc(Doc.of("Tells whether {@code other} is a set of this class or a {@code java.util.Set} with"
                                + " the same elements, as {@code AbstractSet.equals} does.")
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
                if (other instanceof $self:T that) {
                  if (that.count != count) {
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
                }
                if (!(other instanceof $set:T<?> that) || that.size() != count) {
                  return false;
                }
                try {
                  $traversal:T traversal = new $traversal:T();
                  while (traversal.next()) {
                    if (!that.contains($element:L)) {
                      return false;
                    }
                  }
                } catch (ClassCastException | NullPointerException unused) {
                  return false; // the other set cannot hold one of our elements
                }
                return true;
                """, "set", ClassName.get(Set.class), "element", t.key("traversal.currentKey")))
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
