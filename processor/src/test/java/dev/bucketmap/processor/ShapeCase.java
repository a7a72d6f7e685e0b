package dev.bucketmap.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;

/**
 * One case of {@link FunctionalShapesTest}: an annotated interface with one functional parameter
 * (plus the types it needs, and a {@code put} to seed the map when it is exercised), and what it
 * must give: no diagnostic at all, or exactly one error, on the parameter's line, containing
 * every one of {@code error}.
 */
record ShapeCase(String label, Maps map, List<String> members, String method, List<String> error) {

    /** The maps the cases are declared on. */
    enum Maps {
        LONG_STRING("long", "String", "String", "Long", "String"),
        INT_INT("int", "int", "int", "Integer", "Integer"),
        LONG_LIST("long", "List", "List<String>", "Long", "List<String>");

        final String key;
        final String literal;
        final String value;
        final String keyBox;
        final String valueBox;

        Maps(String key, String literal, String value, String keyBox, String valueBox) {
            this.key = key;
            this.literal = literal;
            this.value = value;
            this.keyBox = keyBox;
            this.valueBox = valueBox;
        }

        String prefix() {
            return switch (this) {
                case LONG_STRING -> "LongString";
                case INT_INT -> "IntInt";
                case LONG_LIST -> "LongList";
            };
        }

        /** Samples for {@link Smoke}: an ArrayList, so a function typed to return one may return it. */
        Object keySample() {
            return key.equals("int") ? (Object) 7 : (Object) 7L;
        }

        Object valueSample() {
            return switch (this) {
                case LONG_STRING -> "seven";
                case INT_INT -> 7;
                case LONG_LIST -> new ArrayList<>(List.of("v"));
            };
        }
    }

    /** The positions a functional parameter can take, with the method that declares it. */
    enum Position {
        COMPUTE("compute", "apply"),
        MERGE("merge", "apply"),
        COMPUTE_IF_ABSENT("computeIfAbsent", "apply"),
        FOR_EACH("forEach", "accept"),
        REMOVE_IF("removeIf", "test");

        final String form;
        final String sam;

        Position(String form, String sam) {
            this.form = form;
            this.sam = sam;
        }

        /** The form's declaration with a parameter {@code fn} of {@code fnType}. */
        String method(Maps m, String fnType) {
            String k = m.key;
            String v = m.value;
            return switch (this) {
                case COMPUTE -> v + " compute(" + k + " key, " + fnType + " fn);";
                case MERGE -> v + " merge(" + k + " key, " + v + " value, " + fnType + " fn);";
                case COMPUTE_IF_ABSENT -> v + " computeIfAbsent(" + k + " key, " + fnType + " fn);";
                case FOR_EACH -> "void forEach(" + fnType + " fn);";
                case REMOVE_IF -> "boolean removeIf(" + fnType + " fn);";
            };
        }

        /** The single abstract method a function in this position has, without a semicolon. */
        String sam(Maps m) {
            String k = m.key;
            String v = m.value;
            return switch (this) {
                case COMPUTE -> v + " apply(" + k + " k, " + v + " v)";
                case MERGE -> v + " apply(" + v + " a, " + v + " b)";
                case COMPUTE_IF_ABSENT -> v + " apply(" + k + " k)";
                case FOR_EACH -> "void accept(" + k + " k, " + v + " v)";
                case REMOVE_IF -> "boolean test(" + k + " k, " + v + " v)";
            };
        }
    }

    /** The interface's simple name: the label's words, capitalised and joined. */
    String name() {
        return nameOf(map, label);
    }

    static String nameOf(Maps map, String label) {
        StringBuilder sb = new StringBuilder(map.prefix());
        for (String word : label.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }

    boolean compiles() {
        return error.isEmpty();
    }

    /** The line the error must be on: the method's declaration, which declares the parameter. */
    String parameterLine() {
        return method.strip();
    }

    JavaFileObject source() {
        List<String> lines = new ArrayList<>(List.of(
                "package test;",
                "import dev.bucketmap.BucketMap;",
                "import java.util.*;",
                "import java.util.function.*;",
                "/** " + label + " */",
                "@BucketMap(key = " + map.key + ".class, value = " + map.literal + ".class)",
                "public interface " + name() + " {"));
        members.forEach(m -> lines.add("  " + m));
        lines.add("  " + method);
        lines.add("  " + map.value + " put(" + map.key + " key, " + map.value + " value);");
        lines.add("}");
        return Sources.source("test." + name(), lines.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return map.prefix() + ": " + label + (compiles() ? " compiles" : " is an error");
    }

    /** Builds the cases of one map, naming the interface before the expected text needs it. */
    static final class Builder {
        private final Maps map;
        private final List<ShapeCase> cases;

        Builder(Maps map, List<ShapeCase> cases) {
            this.map = map;
            this.cases = cases;
        }

        /** A case that compiles: {@code members} then {@code method}. */
        Builder ok(String label, String method, String... members) {
            cases.add(new ShapeCase(label, map, List.of(members), method, List.of()));
            return this;
        }

        /** A case with one error containing each of {@code parts(name of the interface)}. */
        Builder error(String label, Function<String, List<String>> parts, String method, String... members) {
            cases.add(new ShapeCase(label, map, List.of(members), method, parts.apply(nameOf(map, label))));
            return this;
        }

        Maps map() {
            return map;
        }
    }
}
