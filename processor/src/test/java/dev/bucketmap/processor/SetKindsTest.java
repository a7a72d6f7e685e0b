package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @BucketSet} of every element kind (the map key kinds, a generic class and a record),
 * with every set form, generates and compiles without a single warning.
 */
class SetKindsTest {
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
            "Double");

    static JavaFileObject setOf(String name, String annotated, String element) {
        String box = BOXES.getOrDefault(element, element);
        return source(
                "test." + name,
                "package test;",
                "import dev.bucketmap.BucketSet;",
                "import dev.bucketmap.runtime.MapStats;",
                "import java.util.function.*;",
                "@BucketSet(" + annotated + ".class)",
                "public interface " + name + " {",
                "  boolean add(" + element + " e);",
                "  boolean contains(" + element + " e);",
                "  boolean remove(" + element + " e);",
                "  int size();",
                "  boolean isEmpty();",
                "  void clear();",
                "  void forEach(Consumer<" + box + "> action);",
                "  boolean removeIf(Predicate<" + box + "> filter);",
                "  " + element + "[] elements();",
                "  Cursor cursor();",
                "  MapStats stats();",
                "  interface Cursor { boolean next(); " + element + " element(); void remove(); }",
                "}");
    }

    @Test
    void everyElementKindCompilesWithoutWarnings() {
        List<JavaFileObject> sources = new ArrayList<>();
        String[][] kinds = {
            {"byte", "byte"},
            {"short", "short"},
            {"char", "char"},
            {"int", "int"},
            {"long", "long"},
            {"float", "float"},
            {"double", "double"},
            {"String", "String"},
            {"java.util.List", "java.util.List<String>"},
            {"Point", "Point"}
        };
        for (int i = 0; i < kinds.length; i++) {
            sources.add(setOf("Set" + i, kinds[i][0], kinds[i][1]));
        }
        sources.add(source("test.Point", "package test;", "public record Point(int x, int y) {}"));
        Compilation c = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(c).succeededWithoutWarnings();
        for (int i = 0; i < kinds.length; i++) {
            assertThat(c).generatedSourceFile("test.BucketSet_Set" + i);
        }
    }
}
