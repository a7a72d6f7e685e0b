package dev.bucketmap.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.bucketmap.processor.MatrixKinds.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated classes' Javadoc is what an IDE shows on hover, and what the javadoc tool of a
 * user's build reads: run with {@code -Xdoclint:all} over the generated sources of a spread of
 * interfaces, it reports nothing. The spread: the two golden interfaces ({@code Counts}, int to
 * int with {@code defaultValue()} and a cursor; {@code Names}, String to String), and the form
 * matrix's interfaces (every form, a cursor with setValue and remove) of seven key and value
 * pairs, each both plain and extending {@code java.util.Map}: primitive and reference keys and
 * values, a parameterized key and value, an array value. doclint checks by default what the
 * javadoc tool documents (public and protected members) and the serialization methods of a
 * {@code Serializable} class, private as they are ({@code writeObject}, {@code readObject}).
 * The interfaces are on the source path, not documented: what doclint says of them (it reads
 * them for inherited comments, and the matrix's have none) is the user's and not counted.
 */
class GeneratedJavadocTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Key and value kinds (ids of {@link MatrixKinds}) whose matrix interfaces are documented. */
    private static final List<List<String>> PAIRS = List.of(
            List.of("Int", "Int"),
            List.of("Long", "String"),
            List.of("String", "Int"),
            List.of("Double", "Double"),
            List.of("Char", "Boolean"),
            List.of("ListKey", "ListOfString"),
            List.of("Long", "LongArray"));

    @Test
    void doclintReportsNothingOnGeneratedClasses(@TempDir Path dir) throws IOException {
        List<JavaFileObject> inputs = new ArrayList<>();
        for (String name : List.of("Counts", "Names")) {
            inputs.add(JavaFileObjects.forSourceString(
                    "golden." + name, Files.readString(GOLDEN.resolve(name + ".java"), StandardCharsets.UTF_8)));
        }
        for (List<String> pair : PAIRS) {
            for (boolean asMap : new boolean[] {false, true}) {
                inputs.add(MatrixSource.unit(
                                kind(MatrixKinds.KEYS, pair.get(0)), kind(MatrixKinds.VALUES, pair.get(1)), asMap)
                        .source());
            }
        }
        Compilation c = Batch.compile(inputs);
        CompilationSubject.assertThat(c).succeededWithoutWarnings();

        List<Path> files = new ArrayList<>();
        int generated = 0;
        for (JavaFileObject f : c.generatedSourceFiles()) {
            files.add(write(dir.resolve("src"), f));
            generated++;
        }
        for (JavaFileObject f : inputs) {
            write(dir.resolve("interfaces"), f); // read from the source path, not documented
        }
        assertEquals(inputs.size(), generated, "one generated class per interface");

        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-Xdoclint:all",
                    "-quiet",
                    "-d",
                    dir.resolve("doc").toString(),
                    "-sourcepath",
                    dir.resolve("interfaces").toString(),
                    "-classpath",
                    System.getProperty("java.class.path"));
            Boolean ok = javadoc.getTask(null, fm, diagnostics, null, options, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            List<String> reported = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                    .filter(d -> d.getSource() == null
                            || Path.of(d.getSource().toUri())
                                    .getFileName()
                                    .toString()
                                    .startsWith("BucketMap_"))
                    .map(d -> (d.getSource() == null
                                    ? ""
                                    : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                            + d.getKind() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
            assertThat(reported).isEmpty();
            assertTrue(ok, "javadoc failed");
        }
        assertTrue(Files.exists(dir.resolve("doc/golden/BucketMap_Counts.html")));
    }

    private static Kind kind(List<Kind> kinds, String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static Path write(Path root, JavaFileObject f) throws IOException {
        String path = f.toUri().getPath();
        // compile-testing names a source /golden/Names.java or /SOURCE_OUTPUT/golden/BucketMap_Names.java
        path = path.replaceFirst("^/SOURCE_OUTPUT/", "/").replaceFirst("^/", "");
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getCharContent(false), StandardCharsets.UTF_8);
        return file;
    }
}
