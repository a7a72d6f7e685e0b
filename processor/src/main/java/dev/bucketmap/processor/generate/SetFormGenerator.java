package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MethodModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates one method per form of a set's interface, with its Javadoc: the same engine calls as
 * a map's forms ({@link FormGenerator}), with the element where a map has its key and no value.
 * A write takes the writing flag through {@link Template#write}.
 *
 * <pre>
 * public boolean add(long element) {
 *   long hashSeed = seed;
 *   long hash = hash(element, hashSeed);
 *   beginWrite();
 *   try {
 *     ...
 *     int ref = findForWrite(hash, element);
 *     if (ref != NOT_FOUND) {
 *       return false;
 *     }
 *     insert(hash, element);
 *     return true;
 *   } finally {
 *     endWrite();
 *   }
 * }
 * </pre>
 */
final class SetFormGenerator {
    private static final String RANDOM = "in a random order, a new one on every call (never depend on it)";
    private static final String TRAVERSAL_CME = "if {@code %s} changes the set other than through this call";
    private static final String CONCURRENT_WRITE =
            "if another write to this set is in progress: a function passed to this call that writes to"
                    + " the set, or another thread";

    private final Template t;
    private final KeyKind element;
    /** The stored element: {@code element} itself, or {@code e} when it is stored converted. */
    private final String stored;

    SetFormGenerator(Template t) {
        this.t = t;
        this.element = t.model().key();
        this.stored = element.storedAsIs() ? "element" : "e";
    }

    MethodSpec generate(MethodModel method) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType());
        List<String> names = method.form().parameterNames();
        for (int i = 0; i < names.size(); i++) {
            m.addParameter(method.parameterTypes().get(i), names.get(i));
        }
        String call = method.function().map(FunctionCall::methodName).orElse("");
        return m.addJavadoc(doc(method)).addCode(body(method, call)).build();
    }

    private CodeBlock body(MethodModel method, String call) {
        return switch (method.form()) {
            case ADD -> write("""
                int ref = findForWrite(hash, $e:L);
                if (ref != NOT_FOUND) {
                  return false;
                }
                insert(hash, $e:L);
                return true;
                """);
            case CONTAINS ->
                CodeBlock.builder()
                        .add(storedDeclaration())
                        .add(t.code("""
                    long hash = hash($e:L);
                    return readTable(hash).find(hash, $e:L) != NOT_FOUND;
                    """, "e", stored))
                        .build();
            case REMOVE_ELEMENT -> write("""
                int ref = findForWrite(hash, $e:L);
                if (ref == NOT_FOUND) {
                  return false;
                }
                removeAt(hash, ref);
                return true;
                """);
            case SIZE -> CodeBlock.of("return count;\n");
            case IS_EMPTY -> CodeBlock.of("return count == 0;\n");
            case CLEAR -> CodeBlock.of("clearAll();\n");
            case FOR_EACH_ELEMENT -> t.code("""
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  action.$call:L($element:L);
                }
                """, "call", call, "element", t.key("traversal.currentKey"));
            case REMOVE_IF_ELEMENT -> t.code("""
                boolean removed = false;
                $traversal:T traversal = new $traversal:T();
                while (traversal.next()) {
                  if (filter.$call:L($element:L)) {
                    traversal.remove();
                    removed = true;
                  }
                }
                return removed;
                """, "call", call, "element", t.key("traversal.currentKey"));
            case ELEMENTS ->
                FormGenerator.array(
                        t,
                        "elements",
                        t.code("$kt:T[] elements = $new:L", "new", element.newArray("count")),
                        t.key("traversal.currentKey"));
            case ELEMENT_CURSOR -> t.code("return new $traversal:T();\n");
            default -> throw new IllegalStateException(method.form() + " is not a set's form generated here");
        };
    }

    /** A write: the stored element, then {@code body} under the writing flag. */
    private CodeBlock write(String body) {
        return CodeBlock.builder()
                .add(storedDeclaration())
                .add(t.write(stored, t.code(body, "e", stored)))
                .build();
    }

    /** Declares {@code e} when the element's stored form needs a conversion; else nothing. */
    private CodeBlock storedDeclaration() {
        if (element.storedAsIs()) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("$T e = $L;\n", element.storage(), element.toStorage(CodeBlock.of("element")));
    }

    private static CodeBlock doc(MethodModel method) {
        String e = "the element";
        return switch (method.form()) {
            case ADD ->
                Doc.of("Adds {@code element} unless it is present.")
                        .param("element", e)
                        .returns("true if it was absent and is now present")
                        .throwing("ConcurrentModificationException", CONCURRENT_WRITE)
                        .build();
            case CONTAINS ->
                Doc.of("Tells whether {@code element} is present.")
                        .param("element", e)
                        .returns("true if the set holds {@code element}")
                        .build();
            case REMOVE_ELEMENT ->
                Doc.of("Removes {@code element} if it is present.")
                        .param("element", e)
                        .returns("true if it was present")
                        .throwing("ConcurrentModificationException", CONCURRENT_WRITE)
                        .build();
            case SIZE ->
                Doc.of("Returns the number of elements.")
                        .returns("the number of elements")
                        .build();
            case IS_EMPTY ->
                Doc.of("Tells whether the set has no elements.")
                        .returns("true if it has none")
                        .build();
            case CLEAR ->
                Doc.of("Removes every element, keeps the table's size, and draws a new hash seed.")
                        .throwing("ConcurrentModificationException", CONCURRENT_WRITE)
                        .build();
            case FOR_EACH_ELEMENT ->
                Doc.of("Calls {@code action} on every element, " + RANDOM + ".")
                        .param("action", "receives each element")
                        .throwing("ConcurrentModificationException", TRAVERSAL_CME.formatted("action"))
                        .build();
            case REMOVE_IF_ELEMENT ->
                Doc.of("Removes every element {@code filter} accepts, visiting them " + RANDOM
                                + ". If the filter throws, the removals already made stay.")
                        .param("filter", "true for an element to remove")
                        .returns("true if any element was removed")
                        .throwing("ConcurrentModificationException", TRAVERSAL_CME.formatted("filter"))
                        .build();
            case ELEMENTS ->
                Doc.of("Returns the elements in a new array, " + RANDOM + ".")
                        .returns("a new array of every element")
                        .build();
            case ELEMENT_CURSOR ->
                Doc.of("Returns a cursor over the elements, " + RANDOM + ": {@code while (c.next())"
                                + " use(c.element())}. It allocates nothing per element; its own {@code remove} is the"
                                + " only write allowed while it is used, and it throws"
                                + " ConcurrentModificationException at its next step after any other change.")
                        .returns("a new cursor, before the first element")
                        .build();
            default -> throw new IllegalStateException(method.form() + " is not a set's form generated here");
        };
    }
}
