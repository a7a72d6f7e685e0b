package dev.bucketmap.processor;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The key and value kinds of {@link FormMatrixTest}, and the helper source {@code test.Kinds}
 * that declares the user types among them (a record, an enum, an ordinary class, an interface) and
 * one sample of every kind, for the generated classes to be exercised with.
 */
final class MatrixKinds {
    private MatrixKinds() {}

    /**
     * One kind.
     *
     * @param id a name part: {@code LongToListOfString}
     * @param literal what the annotation names: {@code long}, {@code List} (without {@code .class})
     * @param type how the methods write it: {@code long}, {@code List<String>}
     * @param box how a type argument writes it: {@code Long}, {@code List<String>}
     * @param sample an expression of the kind, in {@code test.Kinds}
     */
    record Kind(String id, String literal, String type, String box, String sample) {
        boolean primitive() {
            return Character.isLowerCase(type.charAt(0)) && !type.contains("[");
        }

        /** The primitives addValue applies to: all but boolean. */
        boolean numeric() {
            return primitive() && !type.equals("boolean");
        }

        @Override
        public String toString() {
            return type + " (" + literal + ".class)";
        }
    }

    private static Kind primitive(String type, String box, String sample) {
        return new Kind(Character.toUpperCase(type.charAt(0)) + type.substring(1), type, type, box, sample);
    }

    private static Kind same(String id, String type, String sample) {
        return new Kind(id, type, type, type, sample);
    }

    private static final List<Kind> PRIMITIVE_KEYS = List.of(
            primitive("byte", "Byte", "(byte) 7"),
            primitive("short", "Short", "(short) 7"),
            primitive("char", "Character", "'7'"),
            primitive("int", "Integer", "7"),
            primitive("long", "Long", "7L"),
            primitive("float", "Float", "7f"),
            primitive("double", "Double", "7.0"));

    /** 14 key kinds: 7 primitives, String, record, enum, class, interface, 2 parameterized types. */
    static final List<Kind> KEYS = concat(
            PRIMITIVE_KEYS,
            List.of(
                    same("String", "String", "\"seven\""),
                    same("Record", "Kinds.Point", "new Point(1, 2)"),
                    same("Enum", "Kinds.Color", "Color.GREEN"),
                    same("Class", "Kinds.Box", "new Box(\"b\")"),
                    same("Interface", "Kinds.Shape", "new Square(2.0)"),
                    new Kind("ListKey", "List", "List<String>", "List<String>", "List.of(\"k\")"),
                    new Kind("MapKey", "Map", "Map<String, Integer>", "Map<String, Integer>", "Map.of(\"k\", 1)")));

    /**
     * 17 value kinds: 8 primitives, String, record, enum, Object, int[], long[], String[], List<String>
     * and List<?>.
     */
    static final List<Kind> VALUES = concat(
            concat(PRIMITIVE_KEYS, List.of(primitive("boolean", "Boolean", "true"))),
            List.of(
                    same("String", "String", "\"seven\""),
                    same("Record", "Kinds.Point", "new Point(3, 4)"),
                    same("Enum", "Kinds.Color", "Color.RED"),
                    same("Object", "Object", "(Object) \"object\""),
                    same("IntArray", "int[]", "new int[] {1, 2}"),
                    same("LongArray", "long[]", "new long[] {1L, 2L}"),
                    same("StringArray", "String[]", "new String[] {\"a\"}"),
                    new Kind("ListOfString", "List", "List<String>", "List<String>", "List.of(\"v\")"),
                    new Kind("ListOfAny", "List", "List<?>", "List<?>", "List.of(1, \"v\")")));

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** {@code test.Kinds}: the user types of the matrix, and {@code sample(id)} for every kind. */
    static JavaFileObject helperSource() {
        List<String> lines = new ArrayList<>(List.of(
                "package test;",
                "import java.util.List;",
                "import java.util.Map;",
                "public final class Kinds {",
                "  private Kinds() {}",
                "  public record Point(int x, int y) {}",
                "  public enum Color { RED, GREEN }",
                "  public interface Shape { double area(); }",
                "  public record Square(double side) implements Shape {",
                "    public double area() { return side * side; }",
                "  }",
                "  public static final class Box {",
                "    private final String name;",
                "    public Box(String name) { this.name = name; }",
                "    @Override public boolean equals(Object o) { return o instanceof Box b && b.name.equals(name); }",
                "    @Override public int hashCode() { return name.hashCode(); }",
                "    @Override public String toString() { return \"Box(\" + name + \")\"; }",
                "  }",
                "  /** A sample of a key (\"key:Long\") or value (\"value:Long\") kind. */",
                "  public static Object sample(String kind) {",
                "    switch (kind) {"));
        for (Kind k : KEYS) {
            lines.add("      case \"key:" + k.id() + "\": return " + k.sample() + ";");
        }
        for (Kind v : VALUES) {
            lines.add("      case \"value:" + v.id() + "\": return " + v.sample() + ";");
        }
        lines.addAll(List.of("      default: throw new IllegalArgumentException(kind);", "    }", "  }", "}"));
        return Sources.source("test.Kinds", lines.toArray(String[]::new));
    }
}
