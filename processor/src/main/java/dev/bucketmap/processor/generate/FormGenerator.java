package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.MethodModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the interface's methods, one per recognised form. Each body is a few lines over the
 * engine: hash, then {@code readTable}/{@code find} for reads, or {@code beginWrite},
 * {@code findForWrite}, {@code insert}/{@code removeAt} and {@code endWrite} for writes.
 * The hash is computed before the writing flag is set, as Go does, because hashing may throw,
 * and again under the flag if the seed changed meanwhile ({@link Template#write}).
 */
final class FormGenerator {
    private final Template t;

    FormGenerator(Template t) {
        this.t = t;
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
        boolean ref = t.model().value().isReference();
        return switch (method.form()) {
            case GET -> lookUp("t.get(hash, $k:L, $absent:L)");
            case GET_OR_DEFAULT -> lookUp("t.get(hash, $k:L, defaultValue)");
            case CONTAINS_KEY -> read("return ref != NOT_FOUND;\n", null);
            case CONTAINS_VALUE -> t.code("""
          $traversal:T traversal = new $traversal:T();
          while (traversal.next()) {
            if ($eq:L) {
              return true;
            }
          }
          return false;
          """, "eq", t.model().value().equal("value", "traversal.currentValue"));
            case SIZE -> CodeBlock.of("return count;\n");
            case IS_EMPTY -> CodeBlock.of("return count == 0;\n");
            case CLEAR -> CodeBlock.of("clearAll();\n");
            case PUT -> write("""
          int ref = findForWrite(hash, $k:L);
          if (ref != NOT_FOUND) {
            $vt:T old = $stored:L;
            table.setValueAt(ref, value);
            return old;
          }
          insert(hash, $k:L, value);
          return $absent:L;
          """);
            case PUT_IF_ABSENT -> write(ref ? """
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              $vt:T old = $stored:L;
              if (old == null) {
                table.setValueAt(ref, value);
              }
              return old;
            }
            insert(hash, $k:L, value);
            return null;
            """ : """
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              return table.valueAt(ref);
            }
            insert(hash, $k:L, value);
            return $absent:L;
            """);
            case REMOVE -> write("""
          int ref = findForWrite(hash, $k:L);
          if (ref == NOT_FOUND) {
            return $absent:L;
          }
          return $removed:L;
          """);
            case REMOVE_ENTRY -> write("""
          int ref = findForWrite(hash, $k:L);
          if (ref == NOT_FOUND || $differs:L) {
            return false;
          }
          removeAt(hash, ref);
          return true;
          """, "differs", t.model().value().notEqual("value", "table.valueAt(ref)"));
            case REPLACE -> write("""
          int ref = findForWrite(hash, $k:L);
          if (ref == NOT_FOUND) {
            return $absent:L;
          }
          $vt:T old = $stored:L;
          table.setValueAt(ref, value);
          return old;
          """);
            case REPLACE_ENTRY -> write("""
          int ref = findForWrite(hash, $k:L);
          if (ref == NOT_FOUND || $differs:L) {
            return false;
          }
          table.setValueAt(ref, newValue);
          return true;
          """, "differs", t.model().value().notEqual("oldValue", "table.valueAt(ref)"));
            case COMPUTE_IF_ABSENT -> write(ref ? """
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              $vt:T old = $stored:L;
              if (old != null) {
                return old;
              }
            }
            $vt:T value = function.$call:L(key);
            if (value == null) {
              return null;
            }
            store(hash, $k:L, ref, value);
            return value;
            """ : """
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              return table.valueAt(ref);
            }
            $vt:T value = function.$call:L(key);
            insert(hash, $k:L, value);
            return value;
            """, "call", call);
            case COMPUTE_IF_PRESENT -> write(ref ? """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return null;
            }
            $vt:T old = $stored:L;
            if (old == null) {
              return null;
            }
            $vt:T value = function.$call:L(key, old);
            if (value == null) {
              removeAt(hash, ref);
            } else {
              table.setValueAt(ref, value);
            }
            return value;
            """ : """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return $absent:L;
            }
            $vt:T value = function.$call:L(key, table.valueAt(ref));
            table.setValueAt(ref, value);
            return value;
            """, "call", call);
            case COMPUTE -> write(ref ? """
            int ref = findForWrite(hash, $k:L);
            $vt:T old = ref == NOT_FOUND ? null : $stored:L;
            $vt:T value = function.$call:L(key, old);
            if (value == null) {
              if (ref != NOT_FOUND) {
                removeAt(hash, ref);
              }
              return null;
            }
            store(hash, $k:L, ref, value);
            return value;
            """ : """
            int ref = findForWrite(hash, $k:L);
            $vt:T old = ref == NOT_FOUND ? $absent:L : table.valueAt(ref);
            $vt:T value = function.$call:L(key, old);
            store(hash, $k:L, ref, value);
            return value;
            """, "call", call);
            case MERGE ->
                t.code(ref ? """
            $objects:T.requireNonNull(value, "merge value");
            $objects:T.requireNonNull(function, "merge function");
            """ : """
            $objects:T.requireNonNull(function, "merge function");
            """).toBuilder()
                        .add(write(ref ? """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              insert(hash, $k:L, value);
              return value;
            }
            $vt:T old = $stored:L;
            $vt:T merged = old == null ? value : function.$call:L(old, value);
            if (merged == null) {
              removeAt(hash, ref);
            } else {
              table.setValueAt(ref, merged);
            }
            return merged;
            """ : """
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              insert(hash, $k:L, value);
              return value;
            }
            $vt:T merged = function.$call:L(table.valueAt(ref), value);
            table.setValueAt(ref, merged);
            return merged;
            """, "call", call))
                        .build();
            case ADD_VALUE ->
                write(
                        """
          int ref = findForWrite(hash, $k:L);
          if (ref == NOT_FOUND) {
            $vt:T sum = $first:L;
            insert(hash, $k:L, sum);
            return sum;
          }
          $vt:T sum = $next:L;
          table.setValueAt(ref, sum);
          return sum;
          """,
                        // absent + delta, written out where it can differ from delta: a defaultValue(), or
                        // 0.0 + -0.0, which is +0.0 (float and double compare by bits).
                        "first",
                        t.model().value().usesDefaultValueMethod()
                                        || t.model().value().isFloatingPoint()
                                ? t.model().value().sum(t.model().value().absent(), CodeBlock.of("value"))
                                : CodeBlock.of("value"),
                        "next",
                        t.model().value().sum(CodeBlock.of("table.valueAt(ref)"), CodeBlock.of("value")));
            case FOR_EACH -> traverse("action.$call:L($key:L, $current:L);\n", call);
            case FOR_EACH_KEY -> traverse("action.$call:L($key:L);\n", call);
            case FOR_EACH_VALUE -> traverse("action.$call:L($current:L);\n", call);
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
                        "keys",
                        t.code("$kt:T[] keys = $new:L", "new", t.model().key().newArray("count")),
                        t.key("traversal.currentKey"));
            case VALUES ->
                array(
                        "values",
                        t.code(
                                "$vt:T[] values = $new:L",
                                "new",
                                t.model().value().newArray("count")),
                        t.value("traversal.currentValue"));
            case CURSOR -> t.code("return new $traversal:T();\n");
            case STATS -> throw new IllegalStateException(method.form() + " is not generated here");
        };
    }

    /**
     * keys() or values(): an array of {@code count} elements, filled by a traversal. The traversal
     * is made before count is read, so a write that changed count also changed the modCount the
     * traversal checks. Another thread's write can still make the traversal, which reads the table
     * without the writing flag, yield more or fewer entries than the array holds: that throws
     * ConcurrentModificationException, not an index error, and never returns trailing defaults.
     */
    private CodeBlock array(String name, CodeBlock declaration, CodeBlock element) {
        return CodeBlock.builder()
                .add(t.code("$traversal:T traversal = new $traversal:T();\n"))
                .addStatement(declaration)
                .addStatement("int n = 0")
                .beginControlFlow("while (traversal.next())")
                .beginControlFlow("if (n == $L.length)", name)
                .add(t.code("throw new $cme:T(\"the map has more entries than when this traversal began\");\n"))
                .endControlFlow()
                .addStatement("$L[n++] = $L", name, element)
                .endControlFlow()
                .beginControlFlow("if (n != $L.length)", name)
                .add(t.code("throw new $cme:T(\"the map has fewer entries than when this traversal began\");\n"))
                .endControlFlow()
                .addStatement("return $L", name)
                .build();
    }

    /** A read of one value ({@code stored} reads it), with the absent value when the key is missing. */
    private CodeBlock lookUp(String stored) {
        return CodeBlock.builder()
                .add(t.storedKeyDeclaration())
                .add(t.code(
                        """
            long hash = hash($k:L);
            $table:T t = readTable(hash);
            return $value:L;
            """,
                        "value",
                        t.model().value().fromStorage(t.code(stored, "k", t.storedKey())),
                        "k",
                        t.storedKey()))
                .build();
    }

    /** A lookup that does not change the map. */
    private CodeBlock read(String tail, String stored) {
        return CodeBlock.builder()
                .add(t.storedKeyDeclaration())
                .add(t.code("""
            long hash = hash($k:L);
            $table:T t = readTable(hash);
            int ref = t.find(hash, $k:L);
            """ + tail, "stored", stored == null ? "" : t.value(stored), "k", t.storedKey()))
                .build();
    }

    /**
     * A write: hash first (it may throw), then the writing flag around the body ({@link
     * Template#write}).
     */
    private CodeBlock write(String body, Object... extra) {
        Object[] args = new Object[extra.length + 6];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "stored";
        args[extra.length + 1] = t.value("table.valueAt(ref)");
        args[extra.length + 2] = "removed";
        args[extra.length + 3] = t.value("removeAt(hash, ref)");
        args[extra.length + 4] = "k";
        args[extra.length + 5] = t.storedKey();
        return CodeBlock.builder()
                .add(t.storedKeyDeclaration())
                .add(t.write(t.storedKey(), t.code(body, args)))
                .build();
    }

    private CodeBlock traverse(String action, String call) {
        return t.code(
                """
        $traversal:T traversal = new $traversal:T();
        while (traversal.next()) {
        """ + "  " + action + "}\n",
                "call",
                call,
                "current",
                t.value("traversal.currentValue"),
                "key",
                t.key("traversal.currentKey"));
    }
}
