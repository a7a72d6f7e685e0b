package dev.bucketmap.processor;

import dev.bucketmap.processor.MatrixKinds.Kind;
import dev.bucketmap.processor.model.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the interfaces of {@link FormMatrixTest}: for a key kind and a value kind, one interface
 * declaring every {@link Form} that applies (its functional parameters written with
 * {@code java.util.function} types and boxes, some with wildcards), and one that extends
 * {@code java.util.Map<Kb, Vb>} and declares the primitive forms beside Map's methods (its
 * functional parameters written as the interface's own functional interfaces, with the
 * primitive types).
 */
final class MatrixSource {
    private MatrixSource() {}

    static String name(Kind key, Kind value, boolean asMap) {
        return key.id() + "To" + value.id() + (asMap ? "AsMap" : "");
    }

    static Batch.Unit unit(Kind key, Kind value, boolean asMap) {
        String name = name(key, value, asMap);
        List<String> lines = new ArrayList<>();
        lines.add("package test;");
        lines.add("import dev.bucketmap.BucketMap;");
        lines.add("import dev.bucketmap.runtime.MapStats;");
        lines.add("import java.util.List;");
        lines.add("import java.util.Map;");
        lines.add("import java.util.function.*;");
        lines.add("/** key " + key + ", value " + value + (asMap ? ", as a java.util.Map" : "") + ". */");
        lines.add("@BucketMap(key = " + key.literal() + ".class, value = " + value.literal() + ".class)");
        if (asMap) {
            // javac's own lint: compute(K, EntryFn) beside Map's compute(K, BiFunction) is an overload
            // a lambda could not choose between; it is the declaration's, not the generated code's.
            lines.add("@SuppressWarnings(\"overloads\")");
            lines.add("public interface " + name + " extends java.util.Map<" + key.box() + ", " + value.box() + "> {");
        } else {
            lines.add("public interface " + name + " {");
        }
        int forms = 0;
        for (Form form : Form.of(false)) {
            String declaration = declaration(form, key, value, asMap);
            if (declaration != null) {
                lines.add("  " + declaration);
                forms++;
            }
        }
        String k = key.type();
        String v = value.type();
        lines.add("  interface Cursor { boolean next(); " + k + " key(); " + v + " value();" + " void setValue(" + v
                + " value); void remove(); }");
        if (asMap) {
            lines.add("  interface KeyFn { " + v + " apply(" + k + " key); }");
            lines.add("  interface EntryFn { " + v + " apply(" + k + " key, " + v + " value); }");
            lines.add("  interface ValuesFn { " + v + " apply(" + v + " a, " + v + " b); }");
            lines.add("  interface EntryAction { void accept(" + k + " key, " + v + " value); }");
            lines.add("  interface KeyAction { void accept(" + k + " key); }");
            lines.add("  interface ValueAction { void accept(" + v + " value); }");
            lines.add("  interface EntryTest { boolean test(" + k + " key, " + v + " value); }");
        }
        lines.add("}");
        return new Batch.Unit(name, Sources.source("test." + name, lines.toArray(String[]::new)), forms);
    }

    /**
     * The declaration of {@code form} for the kinds, or null where it does not apply: addValue
     * without a numeric value, and {@code V[] values()} beside Map's {@code Collection<V> values()}.
     * The switch has no default: a new form does not compile here until the matrix declares it.
     */
    static String declaration(Form form, Kind key, Kind value, boolean asMap) {
        String k = key.type();
        String v = value.type();
        String kb = key.box();
        String vb = value.box();
        return switch (form) {
            case GET -> v + " get(" + k + " key);";
            case GET_OR_DEFAULT -> v + " getOrDefault(" + k + " key, " + v + " dflt);";
            case CONTAINS_KEY -> "boolean containsKey(" + k + " key);";
            case CONTAINS_VALUE -> "boolean containsValue(" + v + " value);";
            case SIZE -> "int size();";
            case IS_EMPTY -> "boolean isEmpty();";
            case CLEAR -> "void clear();";
            case PUT -> v + " put(" + k + " key, " + v + " value);";
            case PUT_IF_ABSENT -> v + " putIfAbsent(" + k + " key, " + v + " value);";
            case REMOVE -> v + " remove(" + k + " key);";
            case REMOVE_ENTRY -> "boolean remove(" + k + " key, " + v + " value);";
            case REPLACE -> v + " replace(" + k + " key, " + v + " value);";
            case REPLACE_ENTRY -> "boolean replace(" + k + " key, " + v + " oldValue, " + v + " newValue);";
            case COMPUTE_IF_ABSENT ->
                v + " computeIfAbsent(" + k + " key, " + fn(asMap, "KeyFn", "Function<" + kb + ", " + vb + ">")
                        + " fn);";
            case COMPUTE_IF_PRESENT ->
                v + " computeIfPresent(" + k + " key, "
                        + fn(asMap, "EntryFn", "BiFunction<" + kb + ", " + vb + ", " + vb + ">") + " fn);";
            case COMPUTE ->
                v + " compute(" + k + " key, "
                        + fn(
                                asMap,
                                "EntryFn",
                                "BiFunction<? super " + kb + ", ? super " + vb + ", ? extends " + vb + ">")
                        + " fn);";
            case MERGE ->
                v + " merge(" + k + " key, " + v + " value, " + fn(asMap, "ValuesFn", "BinaryOperator<" + vb + ">")
                        + " fn);";
            case ADD_VALUE -> value.numeric() ? v + " addValue(" + k + " key, " + v + " delta);" : null;
            case FOR_EACH ->
                "void forEach(" + fn(asMap, "EntryAction", "BiConsumer<" + kb + ", " + vb + ">") + " action);";
            case FOR_EACH_KEY ->
                "void forEachKey(" + fn(asMap, "KeyAction", "Consumer<? super " + kb + ">") + " action);";
            case FOR_EACH_VALUE ->
                "void forEachValue(" + fn(asMap, "ValueAction", "Consumer<" + vb + ">") + " action);";
            case REMOVE_IF ->
                "boolean removeIf(" + fn(asMap, "EntryTest", "BiPredicate<" + kb + ", " + vb + ">") + " filter);";
            case KEYS -> k + "[] keys();";
            case VALUES -> asMap ? null : v + "[] values();";
            case CURSOR -> "Cursor cursor();";
            case STATS -> "MapStats stats();";
            case ADD, CONTAINS, REMOVE_ELEMENT, FOR_EACH_ELEMENT, REMOVE_IF_ELEMENT, ELEMENTS, ELEMENT_CURSOR ->
                null; // a set's forms: SetKindsTest
        };
    }

    private static String fn(boolean asMap, String own, String javaUtilFunction) {
        return asMap ? own : javaUtilFunction;
    }
}
