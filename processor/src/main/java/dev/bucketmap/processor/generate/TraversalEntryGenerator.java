package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code Traversal}'s current entry: {@code found} keeps the key and value the walk
 * reached, and the cursor's methods read and change them. A change through the traversal is a
 * write like any other (it holds the writing flag and may evacuate), so it finds the entry again
 * as a write does, in the current table, rather than trusting where the walk saw it.
 *
 * <pre>
 * private boolean found(long key, V value) ...  private void checkCurrent() ...
 * public long key() ...  public V value() ...  public void setValue(V value) ...  public void remove() ...
 * private int findCurrent(long hash) ...
 * </pre>
 *
 * <p>A set's traversal keeps the current element alone: {@code found(long element)}, {@code
 * element()} and {@code remove()}.
 */
final class TraversalEntryGenerator {
    private final Template t;
    /** False for a set. */
    private final boolean values;

    TraversalEntryGenerator(Template t, boolean values) {
        this.t = t;
        this.values = values;
    }

    /** The methods, in the order the traversal declares them. */
    List<MethodSpec> generate() {
        if (!values) {
            return List.of(foundElement(), checkCurrent(), element(), remove(), findCurrent());
        }
        return List.of(found(), checkCurrent(), key(), value(), setValue(), remove(), findCurrent());
    }

    private MethodSpec foundElement() {
        return MethodSpec.methodBuilder("found")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(t.model().key().storage(), "key")
                .addCode("""
            currentKey = key;
            hasCurrent = true;
            return true;
            """)
                .build();
    }

    private MethodSpec element() {
        return MethodSpec.methodBuilder("element")
                .addJavadoc("The current element.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(t.model().key().type())
                .addStatement("checkCurrent()")
                .addStatement("return $L", t.key("currentKey"))
                .build();
    }

    private MethodSpec found() {
        return MethodSpec.methodBuilder("found")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(t.model().key().storage(), "key")
                .addParameter(t.model().value().storage(), "value")
                .addCode("""
            currentKey = key;
            currentValue = value;
            hasCurrent = true;
            return true;
            """)
                .build();
    }

    private MethodSpec checkCurrent() {
        return MethodSpec.methodBuilder("checkCurrent")
                .addModifiers(Modifier.PRIVATE)
                .addCode(t.code("""
                if (modCount != expectedModCount) {
                  throw new $cme:T();
                }
                if (!hasCurrent) {
                  throw new IllegalStateException("no current $item:L: call next() first, and remove() once");
                }
                """))
                .build();
    }

    private MethodSpec key() {
        return MethodSpec.methodBuilder("key")
                .addJavadoc("The current entry's key.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(t.model().key().type())
                .addStatement("checkCurrent()")
                .addStatement("return $L", t.key("currentKey"))
                .build();
    }

    private MethodSpec value() {
        return MethodSpec.methodBuilder("value")
                .addJavadoc("The current entry's value.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(t.model().value().type())
                .addStatement("checkCurrent()")
                .addStatement("return $L", t.value("currentValue"))
                .build();
    }

    private MethodSpec setValue() {
        return MethodSpec.methodBuilder("setValue")
                .addJavadoc("""
            Replaces the current entry's value; not a structural change, but a write like any other:
            it holds the writing flag, and may evacuate buckets of a growing table.
            """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(t.model().value().type(), "value")
                .addStatement("checkCurrent()")
                .addCode(t.write("currentKey", CodeBlock.of("table.setValueAt(findCurrent(hash), value);\n")))
                .addStatement("currentValue = value")
                .build();
    }

    private MethodSpec findCurrent() {
        return MethodSpec.methodBuilder("findCurrent")
                .addJavadoc("""
            For a write through this traversal, holding the writing flag: the slot of the current
            entry in the current table, found as any write finds its key ({@code findForWrite}).
            Throws if the map changed since the traversal was last in step with it, or if the
            entry is not there: another thread wrote to the map after this traversal read the
            entry. Never returns NOT_FOUND.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT)
                .addParameter(TypeName.LONG, "hash")
                .addCode(t.code("""
                if (modCount != expectedModCount) {
                  throw new $cme:T();
                }
                int ref = findForWrite(hash, currentKey);
                if (ref == NOT_FOUND) {
                  throw new $cme:T("the current $item:L was changed concurrently: another thread writes to this $coll:L");
                }
                return ref;
                """))
                .build();
    }

    private MethodSpec remove() {
        return MethodSpec.methodBuilder("remove")
                .addJavadoc("""
            Removes the current entry. Like any removal it may evacuate buckets of a growing table;
            the traversal still sees every other entry exactly once. It reads the bucket again, and
            takes the new modCount as its own, while it still holds the writing flag: after that,
            another thread's write would go unnoticed.
            """)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("checkCurrent()")
                .addCode(t.write("currentKey", CodeBlock.of("""
                    removeAt(hash, findCurrent(hash));
                    if (inChain) {
                      reach(); // the slot emptied, and a growth may have evacuated the bucket
                    }
                    expectedModCount = modCount;
                    """)))
                .addStatement("hasCurrent = false")
                .build();
    }
}
