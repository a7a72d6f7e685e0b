package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.ValueKind;
import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code keySet()}, {@code values()} and {@code entrySet()} views of a map whose
 * interface extends {@code java.util.Map}, and their iterators, all built on the map's {@code
 * Traversal}: they visit the entries in its randomised order, also while the table grows, and fail
 * fast with ConcurrentModificationException when the map changes under them.
 *
 * <p>An iterator needs no lookahead: it counts down the entries it has still to return from the
 * size it saw when created, so {@code hasNext()} never throws and never moves the traversal, and
 * {@code remove()} is the traversal's own, which keeps it valid while buckets are evacuated.
 *
 * <pre>
 * private final class KeySet extends AbstractSet&lt;Long&gt; ...
 * private final class Values extends AbstractCollection&lt;String&gt; ...
 * private final class EntrySet extends AbstractSet&lt;Map.Entry&lt;Long, String&gt;&gt; ...
 * private abstract class ViewIterator&lt;E&gt; implements Iterator&lt;E&gt; ...
 * private final class KeyIterator extends ViewIterator&lt;Long&gt; ...   // and ValueIterator, EntryIterator
 * private final class BoxedEntry implements Map.Entry&lt;Long, String&gt; ...
 * </pre>
 */
final class MapViewsGenerator {
    private static final ClassName ENTRY = ClassName.get(Map.Entry.class);
    private static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final Template t;
    private final Boxes boxes;
    private final ValueKind value;
    private final TypeName kb;
    private final TypeName vb;
    private final TypeName entry;

    MapViewsGenerator(Template t, MapInterop map) {
        this.t = t;
        this.boxes = new Boxes(t, map);
        this.value = t.model().value();
        this.kb = map.keyBox();
        this.vb = map.valueBox();
        this.entry = ParameterizedTypeName.get(ENTRY, kb, vb);
    }

    /** The fields that keep each view once made, as {@code HashMap} does. */
    List<FieldSpec> fields() {
        return List.of(
                viewField("KeySet", "keySet", "The view {@link #keySet()} returns, made on first use."),
                viewField("Values", "values", "The view {@link #values()} returns, made on first use."),
                viewField("EntrySet", "entrySet", "The view {@link #entrySet()} returns, made on first use."));
    }

    private FieldSpec viewField(String type, String name, String doc) {
        return FieldSpec.builder(self().nestedClass(type), name, Modifier.PRIVATE, Modifier.TRANSIENT)
                .addJavadoc("$L\n", doc)
                .build();
    }

    private ClassName self() {
        return t.model().generatedName();
    }

    List<TypeSpec> types() {
        return List.of(
                keySet(),
                values(),
                entrySet(),
                viewIterator(),
                iterator("KeyIterator", kb, CodeBlock.of("return $L;\n", boxes.key("key"))),
                iterator("ValueIterator", vb, CodeBlock.of("return $L;\n", boxes.value("value"))),
                iterator("EntryIterator", entry, CodeBlock.of("return new BoxedEntry(key, value);\n")),
                boxedEntry());
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }

    private MethodSpec size() {
        return override("size", TypeName.INT).addStatement("return count").build();
    }

    private MethodSpec clear() {
        return override("clear", TypeName.VOID).addStatement("clearAll()").build();
    }

    private MethodSpec iteratorMethod(TypeName element, String iterator) {
        return override("iterator", ParameterizedTypeName.get(ClassName.get(Iterator.class), element))
                .addStatement("return new $N()", iterator)
                .build();
    }

    private TypeSpec keySet() {
        return TypeSpec.classBuilder("KeySet")
                .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The keys, backed by the map.\n")
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractSet.class), kb))
                .addMethod(iteratorMethod(kb, "KeyIterator"))
                .addMethod(size())
                .addMethod(override("contains", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement("return containsKey(o)")
                        .build())
                .addMethod(override("remove", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement("return removeKey(o)")
                        .build())
                .addMethod(clear())
                .build();
    }

    private TypeSpec values() {
        return TypeSpec.classBuilder("Values")
                .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The values, backed by the map.\n")
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractCollection.class), vb))
                .addMethod(iteratorMethod(vb, "ValueIterator"))
                .addMethod(size())
                .addMethod(override("contains", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement("return containsValue(o)")
                        .build())
                .addMethod(clear())
                .build();
    }

    private TypeSpec entrySet() {
        return TypeSpec.classBuilder("EntrySet")
                .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The entries, backed by the map; {@code setValue} writes through.\n")
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractSet.class), entry))
                .addMethod(iteratorMethod(entry, "EntryIterator"))
                .addMethod(size())
                .addMethod(override("contains", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement(
                                "return o instanceof $T<?, ?> e && containsMapping(e.getKey(), e.getValue())", ENTRY)
                        .build())
                .addMethod(override("remove", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement(
                                "return o instanceof $T<?, ?> e && $T.this.remove(e.getKey(), e.getValue())",
                                ENTRY,
                                self())
                        .build())
                .addMethod(clear())
                .build();
    }

    private TypeSpec viewIterator() {
        TypeVariableName e = TypeVariableName.get("E");
        return TypeSpec.classBuilder("ViewIterator")
                .addModifiers(Modifier.PRIVATE, Modifier.ABSTRACT)
                .addTypeVariable(e)
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterator.class), e))
                .addJavadoc("""
            An iterator over one traversal. It counts down the entries still to return instead of
            looking ahead, so {@code hasNext()} never throws; {@code next()} throws
            ConcurrentModificationException once the map has changed other than through this
            iterator.
            """)
                .addField(FieldSpec.builder(
                                t.model().generatedName().nestedClass("Traversal"),
                                "traversal",
                                Modifier.PRIVATE,
                                Modifier.FINAL)
                        .initializer("new Traversal()")
                        .build())
                .addField(FieldSpec.builder(TypeName.INT, "remaining", Modifier.PRIVATE)
                        .addJavadoc("Entries not returned yet.\n")
                        .initializer("count")
                        .build())
                .addMethod(override("hasNext", TypeName.BOOLEAN)
                        .addModifiers(Modifier.FINAL)
                        .addStatement("return remaining > 0")
                        .build())
                .addMethod(override("next", e)
                        .addModifiers(Modifier.FINAL)
                        .addCode(t.code("""
                if (modCount != traversal.expectedModCount) {
                  throw new $cme:T();
                }
                if (remaining == 0) {
                  throw new $nsee:T();
                }
                if (!traversal.next()) {
                  throw new $cme:T("the map has fewer entries than when this iteration began");
                }
                remaining--;
                return element(traversal.currentKey, traversal.currentValue);
                """, "nsee", ClassName.get(NoSuchElementException.class)))
                        .build())
                .addMethod(override("remove", TypeName.VOID)
                        .addModifiers(Modifier.FINAL)
                        .addJavadoc("Removes the entry last returned; the traversal goes on unharmed.\n")
                        .addStatement("traversal.remove()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("element")
                        .addModifiers(Modifier.ABSTRACT)
                        .returns(e)
                        .addParameter(t.model().key().storage(), "key")
                        .addParameter(value.storage(), "value")
                        .build())
                .build();
    }

    private TypeSpec iterator(String name, TypeName element, CodeBlock body) {
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(self().nestedClass("ViewIterator"), element))
                .addMethod(MethodSpec.methodBuilder("element")
                        .addAnnotation(Override.class)
                        .returns(element)
                        .addParameter(t.model().key().storage(), "key")
                        .addParameter(value.storage(), "value")
                        .addCode(body)
                        .build())
                .build();
    }

    private TypeSpec boxedEntry() {
        CodeBlock setValue = CodeBlock.builder()
                .add(value.isReference() ? CodeBlock.of("") : CodeBlock.of("$L;\n", boxes.nullValueCheck("newValue")))
                .add(t.write("key", t.code("""
            int ref = findForWrite(hash, key);
            if (ref == NOT_FOUND) {
              throw new IllegalStateException("the entry of key " + getKey() + " is no longer in the map");
            }
            $vb:T old = $stored:L;
            table.setValueAt(ref, newValue);
            value = newValue;
            return old;
            """, "vb", vb, "stored", boxes.value("table.valueAt(ref)"))))
                .build();
        return TypeSpec.classBuilder("BoxedEntry")
                .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                .addSuperinterface(entry)
                .addJavadoc("""
            One entry handed out by the entry set's iterator: the key, and the value it had then or
            was last set to through this entry. {@code setValue} writes through to the map while the
            key is still in it, holding the writing flag as every write does.
            """)
                .addField(t.model().key().storage(), "key", Modifier.PRIVATE, Modifier.FINAL)
                .addField(value.storage(), "value", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(t.model().key().storage(), "key")
                        .addParameter(value.storage(), "value")
                        .addStatement("this.key = key")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(override("getKey", kb)
                        .addStatement("return $L", boxes.key("key"))
                        .build())
                .addMethod(override("getValue", vb)
                        .addStatement("return $L", boxes.value("value"))
                        .build())
                .addMethod(override("setValue", vb)
                        .addParameter(vb, "newValue")
                        .addCode(setValue)
                        .build())
                .addMethod(override("equals", TypeName.BOOLEAN)
                        .addParameter(Object.class, "o")
                        .addStatement(
                                "return o instanceof $T<?, ?> e && $T.equals(getKey(), e.getKey())"
                                        + " && $T.equals(getValue(), e.getValue())",
                                ENTRY,
                                OBJECTS,
                                OBJECTS)
                        .build())
                .addMethod(override("hashCode", TypeName.INT)
                        .addStatement(
                                "return $L ^ $L", t.model().key().boxedHashCode("key"), value.boxedHashCode("value"))
                        .build())
                .addMethod(override("toString", ClassName.get(String.class))
                        .addStatement("return getKey() + \"=\" + getValue()")
                        .build())
                .build();
    }
}
