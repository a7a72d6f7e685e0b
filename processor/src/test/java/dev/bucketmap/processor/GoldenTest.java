package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The full generated source of two interfaces, checked in under {@code
 * src/test/resources/golden/} so that a reviewer sees every change to the output: {@code Counts}
 * (int to int, primitive) and {@code Names} (String to String, reference).
 *
 * <p>After an intended change to the generated code, rewrite the golden files and review the diff:
 *
 * <pre>
 * mvn -B -q install -pl processor -am -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * git diff processor/src/test/resources/golden/
 * </pre>
 */
class GoldenTest {
    /**
     * Where the golden files live, relative to the processor module (Surefire's working directory).
     * The pom keeps them off the test class path: javac would find sources there and compile them.
     */
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void primitiveKeysAndValues() throws IOException {
        check("Counts");
    }

    @Test
    void referenceKeysAndValues() throws IOException {
        check("Names");
    }

    private static void check(String name) throws IOException {
        JavaFileObject input = JavaFileObjects.forSourceString(
                "golden." + name, Files.readString(GOLDEN.resolve(name + ".java"), StandardCharsets.UTF_8));
        Compilation c = Sources.compile(input);
        assertThat(c).succeededWithoutWarnings();
        String generated = "golden.BucketMap_" + name;
        String actual = c.generatedSourceFile(generated)
                .orElseThrow()
                .getCharContent(false)
                .toString();
        Path file = GOLDEN.resolve("BucketMap_" + name + ".java");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.out.println("golden file rewritten: " + file.toAbsolutePath());
            return;
        }
        // Equivalent syntax trees first (a readable diff of declarations), then the exact text, so
        // comments and layout count too.
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(c)
                .generatedSourceFile(generated)
                .hasSourceEquivalentTo(JavaFileObjects.forSourceString(generated, expected));
        assertEquals(
                expected, actual, "generated source differs from " + file + "; see GoldenTest's Javadoc to update it");
    }
}
