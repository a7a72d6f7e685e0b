package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.ValueKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the interface's methods, one per recognised form, over the engine and in the
 * interface's own types: a missing key answers this map's absent value, and only a reference
 * value has {@code null}. The operations on one key are written by {@link Operations}, shared
 * with {@code java.util.Map}'s methods; what is left here is the forms' own: reads through
 * {@code Table.get}, {@code addValue}, the traversals, and the Javadoc from {@link FormDocs}.
 * A write hashes its key before it takes the writing flag, as Go does, because hashing may
 * throw ({@link Template#write}).
 *
 * <pre>
 * &#64;Override
 * public String put(long key, String value) {
 *   long hashSeed = seed;
 *   long hash = hash(key, hashSeed);
 *   beginWrite();
 *   try {
 *     ...                                  // the seed check
 *     ...                                  // the body: {@link Operations#put}
 *   } finally {
 *     endWrite();
 *   }
 * }
 * </pre>
 */
final class FormGenerator {
    private final Template t;
    private final ValueKind value;
    private final Operations ops;

    FormGenerator(Template t) {
        this.t = t;
        this.value = t.model().value();
        this.ops = new Operations(t, new Operations.Ends(value.type(), value.absent(), value.isReference()));
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
        return m.addJavadoc(FormDocs.of(t.model(), method))
                .addCode(body(method, call))
                .build();
    }

    private CodeBlock body(MethodModel method, String call) {
        String k = t.storedKey();
        String function = "function." + call;
        return switch (method.form()) {
            case GET -> lookUp("t.get(hash, $k:L, $absent:L)");
            case GET_OR_DEFAULT -> lookUp("t.get(hash, $k:L, defaultValue)");
            case CONTAINS_KEY ->
                CodeBlock.builder()
                        .add(t.storedKeyDeclaration())
                        .add(ops.find(k))
                        .addStatement("return ref != NOT_FOUND")
                        .build();
            case CONTAINS_VALUE -> t.code("""
          $traversal:T traversal = new $traversal:T();
          while (traversal.next()) {
            if ($eq:L) {
              return true;
            }
          }
          return false;
          """, "eq", value.equal("value", "traversal.currentValue"));
            case SIZE -> CodeBlock.of("return count;\n");
            case IS_EMPTY -> CodeBlock.of("return count == 0;\n");
            case CLEAR -> CodeBlock.of("clearAll();\n");
            case PUT -> write(ops.put(k, "value"));
            case PUT_IF_ABSENT -> write(ops.putIfAbsent(k, "value"));
            case REMOVE -> write(ops.remove(k));
            case REMOVE_ENTRY -> write(ops.removeEntry(k, value.notEqual("value", "table.valueAt(ref)")));
            case REPLACE -> write(ops.replace(k, "value"));
            case REPLACE_ENTRY -> write(ops.replaceEntry(k, value.notEqual("oldValue", "table.valueAt(ref)")));
            case COMPUTE_IF_ABSENT -> write(ops.computeIfAbsent(k, function));
            case COMPUTE_IF_PRESENT -> write(ops.computeIfPresent(k, function));
            case COMPUTE -> write(ops.compute(k, function));
            case MERGE ->
                CodeBlock.builder()
                        .add(value.isReference() ? requireNonNull("value", "merge value") : CodeBlock.of(""))
                        .add(requireNonNull("function", "merge function"))
                        .add(write(ops.merge(k, function)))
                        .build();
            case ADD_VALUE ->
                write(ops.addValue(
                        k,
                        // absent + delta, written out where it can differ from delta: a defaultValue(), or
                        // 0.0 + -0.0, which is +0.0 (float and double compare by bits).
                        value.usesDefaultValueMethod() || value.isFloatingPoint()
                                ? value.sum(value.absent(), CodeBlock.of("value"))
                                : CodeBlock.of("value"),
                        value.sum(CodeBlock.of("table.valueAt(ref)"), CodeBlock.of("value"))));
            case FOR_EACH -> traverse("action.$call:L($key:L, $current:L);", call);
            case FOR_EACH_KEY -> traverse("action.$call:L($key:L);", call);
            case FOR_EACH_VALUE -> traverse("action.$call:L($current:L);", call);
            case REMOVE_IF ->
                t.code(
                        """
          boolean removed = false;
          $traversal:T traversal = new $traversal:T();
          while (traversal.next()) {
            if (filter.$call:L($key:L, $current:L)) {
              traversal.remove();
              removed = true;
            }
          }
          return removed;
          """,
                        "call",
                        call,
                        "current",
                        t.value("traversal.currentValue"),
                        "key",
                        t.key("traversal.currentKey"));
            case KEYS ->
                array(
                        t,
                        "keys",
                        t.code("$kt:T[] keys = $new:L", "new", t.model().key().newArray("count")),
                        t.key("traversal.currentKey"));
            case VALUES ->
                array(
                        t,
                        "values",
                        t.code("$vt:T[] values = $new:L", "new", value.newArray("count")),
                        t.value("traversal.currentValue"));
            case CURSOR -> t.code("return new $traversal:T();\n");
            case STATS -> throw new IllegalStateException(method.form() + " is not generated here");
            case ADD, CONTAINS, REMOVE_ELEMENT, FOR_EACH_ELEMENT, REMOVE_IF_ELEMENT, ELEMENTS, ELEMENT_CURSOR ->
                throw new IllegalStateException(method.form() + " is a set's form: SetFormGenerator writes it");
        };
    }

    /**
     * keys() or values(): an array of {@code count} elements, filled by a traversal. The traversal
     * is made before count is read, so a write that changed count also changed the modCount the
     * traversal checks. Another thread's write can still make the traversal, which reads the table
     * without the writing flag, yield more or fewer entries than the array holds: that throws
     * ConcurrentModificationException, not an index error, and never returns trailing defaults.
     */
    static CodeBlock array(Template t, String name, CodeBlock declaration, CodeBlock element) {
        return t.code("""
            $traversal:T traversal = new $traversal:T();
            $declaration:L;
            int n = 0;
            while (traversal.next()) {
              if (n == $name:L.length) {
                throw new $cme:T("the $coll:L has more $items:L than when this traversal began");
              }
              $name:L[n++] = $element:L;
            }
            if (n != $name:L.length) {
              throw new $cme:T("the $coll:L has fewer $items:L than when this traversal began");
            }
            return $name:L;
            """, "name", name, "declaration", declaration, "element", element);
    }

    /** A read of one value ({@code stored} reads it), with the absent value when the key is missing. */
    private CodeBlock lookUp(String stored) {
        return CodeBlock.builder()
                .add(t.storedKeyDeclaration())
                .add(t.code("""
            long hash = hash($k:L);
            $table:T t = readTable(hash);
            return $value:L;
            """, "value", value.fromStorage(t.code(stored, "k", t.storedKey())), "k", t.storedKey()))
                .build();
    }

    private CodeBlock requireNonNull(String param, String message) {
        return t.code("$objects:T.requireNonNull($param:L, $message:S);\n", "param", param, "message", message);
    }

    /** A write: the stored key, then {@code body} under the writing flag ({@link Template#write}). */
    private CodeBlock write(CodeBlock body) {
        return CodeBlock.builder()
                .add(t.storedKeyDeclaration())
                .add(t.write(t.storedKey(), body))
                .build();
    }

    /** A traversal that calls {@code action}, a template of {@code call}, {@code key} and {@code current}. */
    private CodeBlock traverse(String action, String call) {
        CodeBlock key = t.key("traversal.currentKey");
        CodeBlock current = t.value("traversal.currentValue");
        return t.code("""
            $traversal:T traversal = new $traversal:T();
            while (traversal.next()) {
              $action:L
            }
            """, "action", t.code(action, "call", call, "key", key, "current", current));
    }
}
