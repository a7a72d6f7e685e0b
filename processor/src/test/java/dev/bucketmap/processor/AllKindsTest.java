package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every key kind × every value kind (8 × 9 = 72 combinations), each with every form that applies
 * to it, twice: once with {@code java.util.function} types (boxing at the function boundary) and
 * once with the interface's own primitive functional interfaces and a {@code defaultValue()}. All
 * 144 interfaces must generate and compile without a single warning.
 */
class AllKindsTest {
    static final String[] KEYS = {"byte", "short", "char", "int", "long", "float", "double", "String"};
    static final String[] VALUES = {"byte", "short", "char", "int", "long", "float", "double", "boolean", "String"};
    private static final Map<String, String> BOXES = Map.of(
            "byte",
            "Byte",
            "short",
            "Short",
            "char",
            "Character",
            "int",
            "Integer",
            "long",
            "Long",
            "float",
            "Float",
            "double",
            "Double",
            "boolean",
            "Boolean",
            "String",
            "String");
    private static final Map<String, String> SAMPLES = Map.of(
            "byte",
            "(byte) 7",
            "short",
            "(short) 7",
            "char",
            "'7'",
            "int",
            "7",
            "long",
            "7L",
            "float",
            "7f",
            "double",
            "7.0",
            "boolean",
            "true",
            "String",
            "\"seven\"");

    static String name(String key, String value, boolean own) {
        return (own ? "Own" : "Boxed") + cap(key) + "To" + cap(value);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean numeric(String value) {
        return !value.equals("boolean") && !value.equals("String");
    }

    /** The interface of one combination, with every applicable form. */
    static JavaFileObject source(String k, String v, boolean own) {
        String kb = BOXES.get(k);
        String vb = BOXES.get(v);
        String name = name(k, v, own);
        List<String> lines = new ArrayList<>();
        lines.add("@BucketMap(key = " + k + ".class, value = " + v + ".class)");
        lines.add("public interface " + name + " {");
        lines.add("  " + v + " get(" + k + " key);");
        lines.add("  " + v + " getOrDefault(" + k + " key, " + v + " dflt);");
        lines.add("  boolean containsKey(" + k + " key);");
        lines.add("  boolean containsValue(" + v + " value);");
        lines.add("  int size();");
        lines.add("  boolean isEmpty();");
        lines.add("  void clear();");
        lines.add("  " + v + " put(" + k + " key, " + v + " value);");
        lines.add("  " + v + " putIfAbsent(" + k + " key, " + v + " value);");
        lines.add("  " + v + " remove(" + k + " key);");
        lines.add("  boolean remove(" + k + " key, " + v + " value);");
        lines.add("  " + v + " replace(" + k + " key, " + v + " value);");
        lines.add("  boolean replace(" + k + " key, " + v + " oldValue, " + v + " newValue);");
        if (own) {
            lines.add("  " + v + " computeIfAbsent(" + k + " key, KeyFn fn);");
            lines.add("  " + v + " computeIfPresent(" + k + " key, EntryFn fn);");
            lines.add("  " + v + " compute(" + k + " key, EntryFn fn);");
            lines.add("  " + v + " merge(" + k + " key, " + v + " value, ValuesFn fn);");
            lines.add("  void forEach(EntryAction action);");
            lines.add("  void forEachKey(KeyAction action);");
            lines.add("  void forEachValue(ValueAction action);");
            lines.add("  boolean removeIf(EntryTest filter);");
            lines.add("  interface KeyFn { " + v + " apply(" + k + " key); }");
            lines.add("  interface EntryFn { " + v + " apply(" + k + " key, " + v + " value); }");
            lines.add("  interface ValuesFn { " + v + " apply(" + v + " a, " + v + " b); }");
            lines.add("  interface EntryAction { void accept(" + k + " key, " + v + " value); }");
            lines.add("  interface KeyAction { void accept(" + k + " key); }");
            lines.add("  interface ValueAction { void accept(" + v + " value); }");
            lines.add("  interface EntryTest { boolean test(" + k + " key, " + v + " value); }");
            if (!v.equals("String")) {
                lines.add("  default " + v + " defaultValue() { return " + SAMPLES.get(v) + "; }");
            }
        } else {
            lines.add("  " + v + " computeIfAbsent(" + k + " key, Function<" + kb + ", " + vb + "> fn);");
            lines.add(
                    "  " + v + " computeIfPresent(" + k + " key, BiFunction<" + kb + ", " + vb + ", " + vb + "> fn);");
            lines.add("  " + v + " compute(" + k + " key, BiFunction<? super " + kb + ", ? super " + vb + ", ? extends "
                    + vb + "> fn);");
            lines.add("  " + v + " merge(" + k + " key, " + v + " value, BinaryOperator<" + vb + "> fn);");
            lines.add("  void forEach(BiConsumer<" + kb + ", " + vb + "> action);");
            lines.add("  void forEachKey(Consumer<" + kb + "> action);");
            lines.add("  void forEachValue(Consumer<? super " + vb + "> action);");
            lines.add("  boolean removeIf(BiPredicate<" + kb + ", " + vb + "> filter);");
        }
        if (numeric(v)) {
            lines.add("  " + v + " addValue(" + k + " key, " + v + " delta);");
        }
        lines.add("  " + k + "[] keys();");
        lines.add("  " + v + "[] values();");
        lines.add("  Cursor cursor();");
        lines.add("  dev.bucketmap.runtime.MapStats stats();");
        lines.add("  interface Cursor { boolean next(); " + k + " key(); " + v + " value(); void setValue(" + v
                + " v); void remove(); }");
        lines.add("}");
        return interfaceSource(name, lines.toArray(String[]::new));
    }

    @Test
    void everyKeyKindTimesEveryValueKindCompilesWithoutWarnings() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String k : KEYS) {
            for (String v : VALUES) {
                sources.add(source(k, v, false));
                sources.add(source(k, v, true));
            }
        }
        Compilation c = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(c).succeededWithoutWarnings();
        for (String k : KEYS) {
            for (String v : VALUES) {
                for (boolean own : new boolean[] {false, true}) {
                    String generated = "test.BucketMap_" + name(k, v, own);
                    assertThat(c).generatedSourceFile(generated).isNotNull();
                }
            }
        }
    }

    @Test
    void generatedCodeHasNoBranchesForOtherKinds() throws java.io.IOException {
        Compilation c =
                compile(source("int", "int", false), source("String", "String", false), source("double", "long", true));
        assertThat(c).succeededWithoutWarnings();
        String intInt = generated(c, "BoxedIntToInt");
        assertTrue(intInt.contains("final int[][] keys;"), "int keys share int[] chunks with the tophash word");
        assertFalse(intInt.contains("[][] values;"), "int values live in the key chunks, after the keys");
        assertTrue(intInt.contains("return ks[base + VALUES + slot];"), "a hit reads the value beside its key");
        assertFalse(intInt.contains("Object[]"), "no reference arrays for int -> int");
        assertFalse(intInt.contains("value == null"), "no null handling for primitive values");
        assertFalse(intInt.contains("Objects.equals"), "primitive keys and values compare with ==");
        assertFalse(intInt.contains("setKey(b, slot, null)"), "no key release for primitive keys");
        assertFalse(intInt.contains("words"), "no separate tophash words for primitive keys");
        assertFalse(intInt.contains("Hashing.mixString"));

        String strings = generated(c, "BoxedStringToString");
        assertTrue(strings.contains("final String[][] keys;"));
        assertTrue(strings.contains("final long[][] words;"));
        assertTrue(strings.contains("Hashing.mixString(key, seed)"), "String keys hashed from chars");
        assertFalse(strings.contains("hashCode(key)"), "String keys never hashed by String.hashCode");
        assertFalse(strings.contains("STRIDE"));
        assertTrue(strings.contains("final Object[][] values;"), "reference values keep arrays of their own");

        String doubles = generated(c, "OwnDoubleToLong");
        assertTrue(doubles.contains("Double.doubleToLongBits(key)"), "double keys stored as canonical bits");
        assertTrue(doubles.contains("return t.get(hash, k, defaultValue());"), "defaultValue() is the absent value");
        assertTrue(
                doubles.contains("private static final int VALUES = WORD_ELEMENTS + SLOTS;"),
                "long values are stored as double keys are (as longs), so they live beside them");
        assertFalse(doubles.contains("final long[][] values;"));
    }

    private static String generated(Compilation c, String name) throws java.io.IOException {
        return c.generatedSourceFile("test.BucketMap_" + name)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }
}
