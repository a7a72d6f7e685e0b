package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.ValueKind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OptionalDataException;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates what every map has beside its forms: {@code toString}, {@code equals} and {@code
 * hashCode} by the {@code java.util.Map} rules, and the compact serialized form (count, then the
 * entries), read back into a fresh table with a fresh seed.
 */
final class ObjectMethodsGenerator {
    /** Reading presizes for at most this many entries, so a forged count allocates nothing large. */
    private static final int PRESIZE_LIMIT_ON_READ = 1 << 16;

    private static final ClassName INVALID = ClassName.get(InvalidObjectException.class);

    private final Template t;

    ObjectMethodsGenerator(Template t) {
        this.t = t;
    }

    List<MethodSpec> generate() {
        if (!t.model().value().isPresent()) {
            SetObjectMethodsGenerator set = new SetObjectMethodsGenerator(t);
            return List.of(set.toStringMethod(), set.equalsMethod(), set.hashCodeMethod(), writeObject(), readObject());
        }
        return List.of(toStringMethod(), equalsMethod(), hashCodeMethod(), writeObject(), readObject());
    }

    private MethodSpec toStringMethod() {
        return MethodSpec.methodBuilder("toString")
                .addJavadoc(
                        Doc.of("Returns the entries as {@code {k1=v1, k2=v2}}, in a random order, a new one on every"
                                        + " call (never depend on it).")
                                .returns("the entries as text")
                                .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(t.code("""
                StringBuilder sb = new StringBuilder("{");
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  if (sb.length() > 1) {
                    sb.append(", ");
                  }
                  sb.append($key:L).append('=').append(traversal.currentValue);
                }
                return sb.append('}').toString();
                """, "key", t.key("traversal.currentKey")))
                .build();
    }

    private MethodSpec equalsMethod() {
        if (t.model().map().isPresent()) {
            return mapEquals();
        }
        return MethodSpec.methodBuilder("equals")
                .addJavadoc(Doc.of("Tells whether {@code other} is a map of this class with the same mappings.")
                        .param("other", "the object to compare with")
                        .returns("true if it holds the same mappings")
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
                  if (!that.containsEntry(traversal.currentKey, traversal.currentValue)) {
                    return false;
                  }
                }
                return true;
                """))
                .build();
    }

    /**
     * {@code Map.equals}: equal to any {@code Map} with the same mappings, compared as {@code
     * AbstractMap} does (a map that cannot hold one of our keys is not equal); another map of this
     * class is compared without boxing.
     */
    private MethodSpec mapEquals() {
        return MethodSpec.methodBuilder("equals")
                .addJavadoc(Doc.of("Tells whether {@code other} is a {@code java.util.Map} with the same mappings, as"
                                + " {@code AbstractMap.equals} does.")
                        .param("other", "the object to compare with")
                        .returns("true if it holds the same mappings")
                        .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addCode(t.code(
                        """
                if (other == this) {
                  return true;
                }
                if (other instanceof $self:T that) {
                  if (that.count != count) {
                    return false;
                  }
                  $traversal:T traversal = new $traversal:T();
                  while (traversal.next()) {
                    if (!that.containsEntry(traversal.currentKey, traversal.currentValue)) {
                      return false;
                    }
                  }
                  return true;
                }
                if (!(other instanceof $map:T<?, ?> that) || that.size() != count) {
                  return false;
                }
                try {
                  $traversal:T traversal = new $traversal:T();
                  while (traversal.next()) {
                    Object key = $key:L;
                    Object value = $value:L;
                    if (value == null ? !(that.get(key) == null && that.containsKey(key)) : !value.equals(that.get(key))) {
                      return false;
                    }
                  }
                } catch (ClassCastException | NullPointerException unused) {
                  return false; // the other map cannot hold one of our keys
                }
                return true;
                """,
                        "map",
                        ClassName.get(Map.class),
                        "key",
                        t.key("traversal.currentKey"),
                        "value",
                        t.value("traversal.currentValue")))
                .build();
    }

    private MethodSpec hashCodeMethod() {
        return MethodSpec.methodBuilder("hashCode")
                .addJavadoc(
                        Doc.of("Returns the sum of {@code key.hashCode() ^ value.hashCode()} over the boxed entries,"
                                        + " as {@code java.util.Map} specifies.")
                                .returns("the hash code of the mappings")
                                .build())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(t.code(
                        """
                int h = 0;
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  h += $kh:L ^ $vh:L;
                }
                return h;
                """,
                        "kh",
                        t.model().key().boxedHashCode("traversal.currentKey"),
                        "vh",
                        t.model().value().boxedHashCode("traversal.currentValue")))
                .build();
    }

    private MethodSpec writeObject() {
        return MethodSpec.methodBuilder("writeObject")
                .addJavadoc(t.model().value().isPresent() ? """
            Serialized form: the entry count, then each key and value. A write on another thread
            that makes the traversal yield more or fewer entries than the count written throws
            ConcurrentModificationException rather than leave entries in the stream that the
            reader would take for what follows.

            @param out the stream to write to
            @throws IOException if the stream fails
            @serialData the entry count ({@code int}), then each key and its value, in the order of
                one traversal
            """ : """
            Serialized form: the element count, then each element. A write on another thread that
            makes the traversal yield more or fewer elements than the count written throws
            ConcurrentModificationException rather than leave elements in the stream that the
            reader would take for what follows.

            @param out the stream to write to
            @throws IOException if the stream fails
            @serialData the element count ({@code int}), then each element, in the order of one
                traversal
            """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(ObjectOutputStream.class, "out")
                .addException(IOException.class)
                .addCode(t.code(
                        NestedBlocks.indent("""
                out.defaultWriteObject();
                $traversal:T traversal = new $traversal:T();
                int size = count;
                out.writeInt(size);
                int n = 0;
                while (traversal.next()) {
                  if (n++ == size) {
                    throw new $cme:T("the $coll:L has more $items:L than when this traversal began");
                  }
                  $wk:L;
                  $wv:L\
                }
                if (n != size) {
                  throw new $cme:T("the $coll:L has fewer $items:L than when this traversal began");
                }
                """),
                        "wk",
                        t.model().key().write("out", "traversal.currentKey"),
                        "wv",
                        t.model().value().isPresent()
                                ? CodeBlock.of("$L;\n", t.model().value().write("out", "traversal.currentValue"))
                                : CodeBlock.of("")))
                .build();
    }

    private MethodSpec readObject() {
        return MethodSpec.methodBuilder("readObject")
                .addJavadoc(t.model().value().isPresent() ? """
            Reads the serialized form into a fresh table with a fresh seed. A negative count, a
            key or value of the wrong type, a repeated key or a stream that ends before the count
            of entries fails with InvalidObjectException; a forged large count allocates nothing
            large before the entries arrive. A map made by {@code withSeed} comes back as an
            ordinary map: reading draws a fresh seed, and its traversals are no longer reproducible.

            @param in the stream to read from
            @throws IOException if the stream fails or holds no valid map (InvalidObjectException)
            @throws ClassNotFoundException if the class of a key or value is not found
            """ : """
            Reads the serialized form into a fresh table with a fresh seed. A negative count, an
            element of the wrong type, a repeated element or a stream that ends before the count
            of elements fails with InvalidObjectException; a forged large count allocates nothing
            large before the elements arrive. A set made by {@code withSeed} comes back as an
            ordinary set: reading draws a fresh seed, and its traversals are no longer reproducible.

            @param in the stream to read from
            @throws IOException if the stream fails or holds no valid set (InvalidObjectException)
            @throws ClassNotFoundException if the class of an element is not found
            """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(ObjectInputStream.class, "in")
                .addException(IOException.class)
                .addException(ClassNotFoundException.class)
                .addCode(t.code(
                        """
                in.defaultReadObject();
                int size = in.readInt();
                if (size < 0) {
                  throw new $invalid:T("negative $item:L count: " + size);
                }
                seed = $seeds:T.next();
                table = new $table:T($growth:T.log2BucketsFor(Math.min(size, $limit:L)), true);
                int n = 0;
                try {
                $>for (; n < size; n++) {
                $>$readKey:L$readValue:Llong hash = hash(key);
                if (findForWrite(hash, key) != NOT_FOUND) {
                  throw new $invalid:T("$keyWord:L " + $shownKey:L + " appears twice");
                }
                insert(hash, $entry:L);
                $<}
                $<} catch ($eof:T | $optional:T end) {
                  // The count promised more entries than the stream holds.
                  $invalid:T invalid = new $invalid:T(
                      "$item:L count " + size + ", but the stream ends after " + n + " $items:L");
                  invalid.initCause(end);
                  throw invalid;
                }
                """,
                        "invalid",
                        INVALID,
                        "eof",
                        EOFException.class,
                        "optional",
                        OptionalDataException.class,
                        "limit",
                        PRESIZE_LIMIT_ON_READ,
                        "readKey",
                        readKey(),
                        "readValue",
                        readValue(),
                        "shownKey",
                        t.key("key"),
                        "entry",
                        t.model().value().isPresent() ? "key, value" : "key"))
                .build();
    }

    /** Declares {@code key}, read and, for reference keys, checked to be of the key type. */
    private CodeBlock readKey() {
        KeyKind key = t.model().key();
        if (!key.isReference()) {
            return CodeBlock.of("$T key = $L;\n", key.storage(), key.read("in"));
        }
        if (key.type().equals(ClassName.OBJECT)) {
            return CodeBlock.of("Object key = in.readObject();\n");
        }
        return CodeBlock.builder()
                .addStatement("Object rawKey = in.readObject()")
                .beginControlFlow("if (rawKey != null && !(rawKey instanceof $T))", key.storage())
                .addStatement(
                        "throw new $T(\"$L \" + n + \" is a \" + rawKey.getClass().getName() + \", not a $L\")",
                        INVALID,
                        t.model().value().isPresent() ? "key" : "element",
                        key.storage())
                .endControlFlow()
                .addStatement("$T key = ($T) rawKey", key.storage(), key.storage())
                .build();
    }

    /** Declares {@code value}, read and, for reference values, checked to be of the value type. */
    private CodeBlock readValue() {
        ValueKind value = t.model().value();
        if (!value.isPresent()) {
            return CodeBlock.of("");
        }
        if (!value.isReference()) {
            return CodeBlock.of("$T value = $L;\n", value.storage(), value.read("in"));
        }
        CodeBlock.Builder code = CodeBlock.builder().addStatement("Object value = in.readObject()");
        if (!value.raw().equals(ClassName.OBJECT)) {
            code.beginControlFlow("if (value != null && !(value instanceof $T))", value.raw())
                    .addStatement(
                            "throw new $T(\"value of key \" + key + \" is a \" + value.getClass().getName()"
                                    + " + \", not a $L\")",
                            INVALID,
                            value.raw())
                    .endControlFlow();
        }
        return code.build();
    }
}
