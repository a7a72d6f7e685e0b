package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates what every map has beside its forms: {@code toString}, {@code equals} and {@code
 * hashCode} by the {@code java.util.Map} rules, and the compact serialized form (count, then the
 * entries), read back into a fresh table with a fresh seed.
 */
final class ObjectMethodsGenerator {
  /** Reading presizes for at most this many entries, so a forged count allocates nothing large. */
  private static final int PRESIZE_LIMIT_ON_READ = 1 << 16;

  private final Template t;

  ObjectMethodsGenerator(Template t) {
    this.t = t;
  }

  List<MethodSpec> generate() {
    return List.of(toStringMethod(), equalsMethod(), hashCodeMethod(), writeObject(), readObject());
  }

  private MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode(
            t.code(
                """
                StringBuilder sb = new StringBuilder("{");
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  if (sb.length() > 1) {
                    sb.append(", ");
                  }
                  sb.append(traversal.currentKey).append('=').append(traversal.currentValue);
                }
                return sb.append('}').toString();
                """))
        .build();
  }

  private MethodSpec equalsMethod() {
    return MethodSpec.methodBuilder("equals")
        .addJavadoc("Equal to another map of this class with the same mappings.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addCode(
            t.code(
                """
                if (other == this) {
                  return true;
                }
                if (!(other instanceof $self:T that) || that.count != count) {
                  return false;
                }
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  if (!that.containsEntry(traversal.currentKey, traversal.currentValue)) {
                    return false;
                  }
                }
                return true;
                """))
        .build();
  }

  private MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addJavadoc("The sum of {@code key.hashCode() ^ value.hashCode()} over the boxed entries.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addCode(
            t.code(
                """
                int h = 0;
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  h += $kh:L ^ $vh:L;
                }
                return h;
                """,
                "kh", t.model().key().boxedHashCode("traversal.currentKey"),
                "vh", t.model().value().boxedHashCode("traversal.currentValue")))
        .build();
  }

  private MethodSpec writeObject() {
    return MethodSpec.methodBuilder("writeObject")
        .addJavadoc("Serialized form: the entry count, then each key and value.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ObjectOutputStream.class, "out")
        .addException(IOException.class)
        .addCode(
            t.code(
                """
                out.defaultWriteObject();
                out.writeInt(count);
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  $wk:L;
                  $wv:L;
                }
                """,
                "wk", t.model().key().write("out", "traversal.currentKey"),
                "wv", t.model().value().write("out", "traversal.currentValue")))
        .build();
  }

  private MethodSpec readObject() {
    TypeName raw = t.model().value().type() instanceof com.palantir.javapoet.ParameterizedTypeName p
        ? p.rawType()
        : t.model().value().type();
    return MethodSpec.methodBuilder("readObject")
        .addJavadoc(
            """
            Reads the serialized form into a fresh table with a fresh seed. A negative count, a
            value of the wrong type or a repeated key fails with InvalidObjectException; a forged
            large count allocates nothing large before the entries arrive.
            """)
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ObjectInputStream.class, "in")
        .addException(IOException.class)
        .addException(ClassNotFoundException.class)
        .addCode(
            t.code(
                """
                in.defaultReadObject();
                int size = in.readInt();
                if (size < 0) {
                  throw new $invalid:T("negative entry count: " + size);
                }
                seed = $seeds:T.next();
                table = new $table:T($growth:T.log2BucketsFor(Math.min(size, $limit:L)));
                for (int n = 0; n < size; n++) {
                  $kt:T key = $rk:L;
                  $vs:T value = $rv:L;
                  if (value != null && !(value instanceof $raw:T)) {
                    throw new $invalid:T("value of key " + key + " is a " + value.getClass().getName()
                        + ", not a $rawName:L");
                  }
                  long hash = hash(key);
                  if (findForWrite(hash, key) != NOT_FOUND) {
                    throw new $invalid:T("key " + key + " appears twice");
                  }
                  insert(hash, key, value);
                }
                """,
                "invalid", ClassName.get(InvalidObjectException.class),
                "limit", PRESIZE_LIMIT_ON_READ,
                "raw", raw,
                "rawName", raw.toString(),
                "rk", t.model().key().read("in"),
                "rv", t.model().value().read("in")))
        .build();
  }
}
