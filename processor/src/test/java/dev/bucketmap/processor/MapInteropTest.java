package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Interfaces that extend {@code java.util.Map}: every kind generates warning-free code with the
 * primitive forms beside Map's methods, and every mismatch between the {@code extends} clause and
 * the annotation is one error on the interface's declaration.
 */
class MapInteropTest {
    private static final Map<String, String> BOXES = Map.ofEntries(
            Map.entry("byte", "Byte"),
            Map.entry("short", "Short"),
            Map.entry("char", "Character"),
            Map.entry("int", "Integer"),
            Map.entry("long", "Long"),
            Map.entry("float", "Float"),
            Map.entry("double", "Double"),
            Map.entry("boolean", "Boolean"),
            Map.entry("String", "String"),
            Map.entry("Object", "Object"),
            Map.entry("Thread.State", "Thread.State"),
            Map.entry("List", "List<String>"),
            Map.entry("int[]", "int[]"));
    private static final String[] KEYS = {
        "byte", "short", "char", "int", "long", "float", "double", "String", "Object", "Thread.State", "List"
    };
    private static final String[] VALUES = {
        "byte", "short", "char", "int", "long", "float", "double", "boolean", "String", "Object", "List", "int[]"
    };

    private static String name(String k, String v) {
        return "Map" + clean(k) + "To" + clean(v);
    }

    private static String clean(String type) {
        String s = type.replace("[]", "Array").replace("Thread.State", "State");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An interface extending Map<Kb, Vb> with forms that stand beside Map's methods. */
    private static JavaFileObject source(String k, String v) {
        String kb = BOXES.get(k);
        String vb = BOXES.get(v);
        String kt = k.equals("List") ? "List<String>" : k;
        String vt = v.equals("List") ? "List<String>" : v;
        List<String> lines = new ArrayList<>();
        lines.add("@BucketMap(key = " + k + ".class, value = " + v + ".class)");
        lines.add("public interface " + name(k, v) + " extends java.util.Map<" + kb + ", " + vb + "> {");
        // A form's key is the annotation's type itself (raw List); with Object keys, get(Object) and
        // the like are Map's own methods.
        if (!k.equals("List") && !k.equals("Object")) {
            lines.add("  " + vt + " get(" + k + " key);");
            lines.add("  " + vt + " put(" + k + " key, " + vt + " value);");
            lines.add("  boolean containsKey(" + k + " key);");
            lines.add("  " + k + "[] keys();");
            lines.add("  Cursor cursor();");
            lines.add("  interface Cursor { boolean next(); " + k + " key(); " + vt + " value(); }");
            lines.add("  boolean removeIf(BiPredicate<" + kb + ", " + vb + "> filter);");
            if (!v.equals("boolean") && Character.isLowerCase(v.charAt(0)) && !v.endsWith("[]")) {
                lines.add("  " + v + " addValue(" + k + " key, " + v + " delta);");
            }
        }
        lines.add("  int size();"); // a redeclared Map method: generated once
        lines.add("  dev.bucketmap.runtime.MapStats stats();");
        lines.add("}");
        return interfaceSource(name(k, v), "import java.util.List;", String.join("\n", lines));
    }

    /**
     * Every key kind with a primitive and a reference value, and every value kind with a primitive
     * and a reference key: the Map code of a key kind does not depend on the value kind beyond
     * primitive or reference, nor the other way round.
     */
    @Test
    void everyKindAsAMapCompilesWithoutWarnings() {
        Set<String> names = new LinkedHashSet<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (String k : KEYS) {
            for (String v : VALUES) {
                boolean wanted = v.equals("int") || v.equals("String") || k.equals("long") || k.equals("String");
                if (wanted && names.add(name(k, v))) {
                    sources.add(source(k, v));
                }
            }
        }
        Compilation c = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(c).succeededWithoutWarnings();
        for (String name : names) {
            assertThat(c).generatedSourceFile("test.BucketMap_" + name).isNotNull();
        }
    }

    @Test
    void mapMethodsAreGeneratedOnceBesideTheForms() throws IOException {
        JavaFileObject src = interfaceSource(
                "Names",
                "@BucketMap(key = String.class, value = String.class)",
                "public interface Names extends java.util.Map<String, String> {",
                "  String put(String key, String value);", // Map's put, redeclared
                "  String get(String key);", // a form: an overload of get(Object)
                "  boolean remove(String key, String value);", // a form beside remove(Object, Object)
                "  default String getOrDefault(Object key, String fallback) { return \"mine\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        String code = generated(c, "Names");
        assertEquals(1, count(code, "public String put(String key, String value)"));
        assertEquals(1, count(code, "public String get(Object key)"));
        assertEquals(1, count(code, "public String get(String key)"));
        assertEquals(1, count(code, "public boolean remove(Object key, Object value)"));
        assertEquals(1, count(code, "public boolean remove(String key, String value)"));
        assertFalse(code.contains("getOrDefault"), "the interface's own default method is left alone");
        assertTrue(code.contains("public Set<Map.Entry<String, String>> entrySet()"));
        assertTrue(code.contains("Tells whether {@code other} is a {@code java.util.Map} with the same mappings"));
    }

    @Test
    void parameterizedValueTypeFromTheExtendsClause() throws IOException {
        JavaFileObject src = interfaceSource(
                "Lists",
                "import java.util.List;",
                "@BucketMap(key = long.class, value = List.class)",
                "public interface Lists extends java.util.Map<Long, List<String>> {",
                "  List<String> get(long key);",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(generated(c, "Lists").contains("public List<String> get(Object key)"));
    }

    @Test
    void formsMustWriteTheValueTypeAsTheExtendsClauseDoes() {
        JavaFileObject src = interfaceSource(
                "Lists",
                "import java.util.List;",
                "@BucketMap(key = long.class, value = List.class)",
                "public interface Lists extends java.util.Map<Long, List<String>> {",
                "  List<Integer> get(long key);",
                "}");
        assertSingleError(
                src,
                "uses the value type List<Integer>, but another method" + " uses List<String>",
                "List<Integer> get(long key);");
    }

    // ---- diagnostics ----

    private static void assertSingleError(JavaFileObject source, String message, String line) {
        Compilation c = compile(source);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void rawMap() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "@SuppressWarnings(\"rawtypes\")",
                "public interface Foo extends java.util.Map {",
                "  String get(long key);",
                "}");
        assertSingleError(
                src,
                "@BucketMap interface Foo extends the raw type java.util.Map; write Map<Long, String>, with"
                        + " the annotation's key and value types boxed",
                "public interface Foo extends java.util.Map {");
    }

    @Test
    void rawMapThroughASuperinterface() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = int.class, value = int.class)",
                "@SuppressWarnings(\"rawtypes\")",
                "public interface Foo extends Table {",
                "}",
                "@SuppressWarnings(\"rawtypes\")",
                "interface Table extends java.util.Map {}");
        assertSingleError(
                src,
                "@BucketMap interface Foo extends the raw type java.util.Map (through Table); write"
                        + " Map<Integer, Integer>",
                "public interface Foo extends Table {");
    }

    /** javac itself rejects a wildcard in an extends clause; the processor adds nothing to that. */
    @Test
    void wildcard() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends java.util.Map<Long, ? extends String> {",
                "}");
        assertSingleError(
                src,
                "required: class or interface without bounds",
                "public interface Foo extends java.util.Map<Long, ? extends String> {");
    }

    @Test
    void keyMismatch() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends java.util.Map<Integer, String> {",
                "  String get(long key);",
                "}");
        assertSingleError(
                src,
                "@BucketMap interface Foo extends Map<Integer, String>, whose key type Integer does not"
                        + " match @BucketMap(key = long.class); write Map<Long, String>",
                "public interface Foo extends java.util.Map<Integer, String> {");
    }

    @Test
    void valueMismatch() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = String.class, value = int.class)",
                "public interface Foo extends java.util.Map<String, Long> {",
                "}");
        assertSingleError(
                src,
                "@BucketMap interface Foo extends Map<String, Long>, whose value type Long does not match"
                        + " @BucketMap(value = int.class); write Map<String, Integer>",
                "public interface Foo extends java.util.Map<String, Long> {");
    }

    @Test
    void valueMismatchThroughASuperinterface() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Names<CharSequence> {",
                "}",
                "interface Names<V> extends java.util.Map<Long, V> {}");
        assertSingleError(
                src,
                "@BucketMap interface Foo extends Map<Long, CharSequence> (through Names), whose value type"
                        + " CharSequence does not match @BucketMap(value = String.class); write Map<Long, String>",
                "public interface Foo extends Names<CharSequence> {");
    }

    @Test
    void redeclaredMapMethodWithAnotherReturnType() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "import java.util.*;",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Map<Long, String> {",
                "  @Override",
                "  HashSet<Long> keySet();",
                "}");
        assertSingleError(
                src,
                "HashSet<Long> keySet() redeclares java.util.Map's keySet with another return type;"
                        + " bucketmap implements Map's methods as Map declares them: return Set<Long>, or remove"
                        + " the declaration",
                "HashSet<Long> keySet();");
    }

    // ---- helpers ----

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static String generated(Compilation c, String name) throws IOException {
        return c.generatedSourceFile("test.BucketMap_" + name)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }
}
