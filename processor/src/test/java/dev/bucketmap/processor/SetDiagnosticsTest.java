package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.DiagnosticsTest.assertSingleError;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the processor says about {@code @BucketSet} types while sets are not generated: one error each. */
class SetDiagnosticsTest {
    private static JavaFileObject set(String... lines) {
        String header = "package test;\nimport dev.bucketmap.BucketMap;\nimport dev.bucketmap.BucketSet;\n";
        return source("test.Ids", header + String.join("\n", lines));
    }

    @Test
    void aSetIsNotGeneratedYet() {
        assertSingleError(
                set("@BucketSet(long.class)", "public interface Ids {", "  boolean add(long id);", "}"),
                "@BucketSet interface Ids cannot be generated yet: this version of bucketmap generates maps only;"
                        + " until sets come, declare @BucketMap(key = long.class, value = boolean.class)",
                "@BucketSet(long.class)");
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
    void mapsBesideASetGetNoError() {
        JavaFileObject map = Sources.interfaceSource(
                "Names",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Names {",
                "  String get(long id);",
                "}");
        JavaFileObject set = set("@BucketSet(String.class)", "public interface Ids {}");
        Compilation c = compile(map, set);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@BucketSet interface Ids").inFile(set).onLineContaining("@BucketSet");
    }
}
