package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.DiagnosticsTest.assertSingleError;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error that only a {@code @BucketSet} interface can get: its text, its line, and nothing else. */
class SetDiagnosticsTest {
    private static JavaFileObject set(String... lines) {
        String header = "package test;\nimport dev.bucketmap.BucketMap;\nimport dev.bucketmap.BucketSet;\n"
                + "import java.util.function.*;\n";
        return source("test.Ids", header + String.join("\n", lines));
    }

    private static JavaFileObject longs(String... body) {
        return set("@BucketSet(long.class)", "public interface Ids {", String.join("\n", body), "}");
    }

    @Test
    void aWrapperElementNamesThePrimitive() {
        assertSingleError(
                set("@BucketSet(Long.class)", "public interface Ids { boolean add(Long id); }"),
                "@BucketSet element type java.lang.Long is a primitive wrapper; use the primitive long.class instead"
                        + " (elements are stored unboxed)",
                "@BucketSet(Long.class)");
    }

    @Test
    void booleanElements() {
        assertSingleError(
                set("@BucketSet(boolean.class)", "public interface Ids {}"),
                "@BucketSet element type boolean is not supported: a set of two possible elements",
                "@BucketSet(boolean.class)");
    }

    @Test
    void voidElements() {
        assertSingleError(
                set("@BucketSet(void.class)", "public interface Ids {}"),
                "@BucketSet element type void is not supported; supported element types: byte, short",
                "@BucketSet(void.class)");
    }

    @Test
    void arrayElements() {
        assertSingleError(
                set("@BucketSet(long[].class)", "public interface Ids {}"),
                "@BucketSet element type long[] is an array; arrays compare by identity",
                "@BucketSet(long[].class)");
    }

    @Test
    void onAClass() {
        assertSingleError(
                set("@BucketSet(long.class)", "public abstract class Ids {}"),
                "@BucketSet must annotate an interface, but Ids is an abstract class; declare an interface with"
                        + " the set methods you need",
                "public abstract class Ids");
    }

    @Test
    void unknownMethodListsTheSetForms() {
        assertSingleError(
                longs("  boolean insert(long id);"),
                "abstract method boolean insert(long) matches no @BucketSet method form; a set can implement: size,"
                        + " isEmpty, clear, add, contains, remove, forEach, removeIf, elements, cursor, stats",
                "boolean insert(long id)");
    }

    @Test
    void aMapFormOnASetNamesTheSetForm() {
        assertSingleError(
                longs("  boolean put(long id);"),
                "abstract method boolean put(long) is a @BucketMap form, but a set has elements, not keys and values;"
                        + " use add instead; a set can implement: size,",
                "boolean put(long id)");
    }

    @Test
    void aMapFormWithoutASetTwin() {
        assertSingleError(
                longs("  long[] values();"),
                "abstract method long[] values() is a @BucketMap form, but a set has elements, not keys and values;"
                        + " a set can implement:",
                "long[] values()");
    }

    @Test
    void formMismatch() {
        assertSingleError(
                longs("  int add(long id);"),
                "int add(long) does not match the @BucketSet form add; expected: boolean add(long element)",
                "int add(long id)");
    }

    @Test
    void aFunctionOfTheWrongShape() {
        assertSingleError(
                longs("  boolean removeIf(BiPredicate<Long, Long> filter);"),
                "parameter filter of boolean removeIf(BiPredicate<Long,Long>) has type BiPredicate<Long,Long>, whose"
                        + " method test does not fit: it must accept (long) and return boolean",
                "boolean removeIf(BiPredicate<Long, Long> filter)");
    }

    @Test
    void aCursorThatIsNoInterface() {
        assertSingleError(
                longs("  String cursor();"),
                "String cursor(): a set's cursor() must return an interface declaring boolean next() and long"
                        + " element(), and optionally void remove(), but returns String",
                "String cursor()");
    }

    @Test
    void aCursorWithAMapMethod() {
        assertSingleError(
                longs("  Cursor cursor();", "  interface Cursor { boolean next(); long element(); long value(); }"),
                "but Cursor declares long value()",
                "Cursor cursor()");
    }

    @Test
    void aCursorWithoutElement() {
        assertSingleError(
                longs("  Cursor cursor();", "  interface Cursor { boolean next(); }"),
                "but Cursor does not declare element()",
                "Cursor cursor()");
    }

    @Test
    void setInteropIsTheNextSlice() {
        assertSingleError(
                set("@BucketSet(long.class)", "public interface Ids extends java.util.Set<Long> {}"),
                "@BucketSet interface Ids extends java.util.Set, but bucketmap does not implement java.util.Set for"
                        + " sets yet; remove the extends clause and declare the set forms you need",
                "public interface Ids");
    }

    @Test
    void bothAnnotationsAreOneError() {
        assertSingleError(
                set(
                        "@BucketMap(key = long.class, value = String.class)",
                        "@BucketSet(long.class)",
                        "public interface Ids {",
                        "  boolean add(long id);",
                        "}"),
                "Ids is annotated with both @BucketMap and @BucketSet, but a type is either a map or a set;"
                        + " remove one of the annotations",
                "public interface Ids");
    }

    @Test
    void aMapBesideABrokenSetGetsNoError() {
        JavaFileObject map = Sources.interfaceSource(
                "Names",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Names {",
                "  String get(long id);",
                "}");
        JavaFileObject set = set("@BucketSet(Long.class)", "public interface Ids {}");
        Compilation c = compile(map, set);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("primitive wrapper").inFile(set).onLineContaining("@BucketSet");
    }

    @Test
    void genericSet() {
        assertSingleError(
                set("@BucketSet(long.class)", "public interface Ids<T> { boolean add(long id); }"),
                "@BucketSet interface Ids must not declare type parameters; the element type comes from the"
                        + " annotation (@BucketSet(E.class))",
                "public interface Ids<T>");
    }

    @Test
    void generatedNameTaken() {
        JavaFileObject taken = source("test.BucketSet_Ids", "package test;", "class BucketSet_Ids {}");
        JavaFileObject ids = set("@BucketSet(long.class)", "public interface Ids { boolean add(long id); }");
        Compilation c = compile(ids, taken);
        assertThat(c)
                .hadErrorContaining("@BucketSet interface Ids is implemented by the generated class BucketSet_Ids,"
                        + " but package test already declares a type of that name")
                .inFile(ids)
                .onLineContaining("public interface Ids");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void defaultMethodClashingWithTheEngine() {
        assertSingleError(
                longs("  boolean add(long id);", "  default void removeAt(long hash, int ref) {}"),
                "default method void removeAt(long, int) clashes with private void removeAt(long, int), which the"
                        + " generated class BucketSet_Ids declares; rename the default method",
                "default void removeAt");
    }

    @Test
    void anInheritedMapFormIsReportedOnTheInterface() {
        JavaFileObject base =
                source("test.Base", "package test;", "public interface Base {", "  boolean put(long id);", "}");
        JavaFileObject ids = set("@BucketSet(long.class)", "public interface Ids extends Base {}");
        Compilation c = compile(ids, base);
        assertThat(c)
                .hadErrorContaining("abstract method boolean put(long) (inherited from test.Base) is a @BucketMap"
                        + " form, but a set has elements, not keys and values; use add instead")
                .inFile(ids)
                .onLineContaining("public interface Ids");
        assertThat(c).hadErrorCount(1);
    }
}
