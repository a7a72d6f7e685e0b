package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.BucketMap;
import dev.bucketmap.runtime.MapStats;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a named module, the generated class carries {@code @Generated} only if the module reads
 * {@code java.compiler}, where that annotation lives; either way it compiles without a warning. The
 * annotations and the runtime are on the module path, as a user's build puts them.
 */
class ModuleGeneratedTest {
    private static final String INTERFACE = """
      package app;
      import dev.bucketmap.BucketMap;
      @BucketMap(key = long.class, value = String.class)
      public interface Names {
        String put(long id, String name);
        String get(long id);
        int size();
      }
      """;

    @TempDir
    Path dir;

    @Test
    void aModuleThatReadsOnlyBucketmapGetsNoGeneratedAnnotation() throws Exception {
        String generated = compileModule("requires static dev.bucketmap; requires dev.bucketmap.runtime;");
        assertFalse(generated.contains("@Generated"), generated);
        assertTrue(generated.contains("public final class BucketMap_Names implements Names"));
    }

    @Test
    void anExportingModuleWithTransitiveRequiresGetsNoGeneratedAnnotation() throws Exception {
        String generated = compileModule("exports app; requires static transitive dev.bucketmap;"
                + " requires transitive dev.bucketmap.runtime;");
        assertFalse(generated.contains("@Generated"), generated);
    }

    @Test
    void aModuleThatRequiresJavaCompilerGetsIt() throws Exception {
        String generated = compileModule(
                "requires static dev.bucketmap; requires dev.bucketmap.runtime;" + " requires static java.compiler;");
        assertTrue(generated.contains("@Generated(\"dev.bucketmap.processor.BucketMapProcessor\")"), generated);
    }

    /** java.se requires java.compiler transitively, so a module requiring java.se reads it. */
    @Test
    void aModuleThatReadsJavaCompilerThroughJavaSeGetsIt() throws Exception {
        String generated =
                compileModule("requires static dev.bucketmap; requires dev.bucketmap.runtime;" + " requires java.se;");
        assertTrue(generated.contains("@Generated("), generated);
    }

    /** Compiles module {@code app} with these directives, strictly; returns the generated source. */
    private String compileModule(String directives) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(src.resolve("module-info.java"), "module app { " + directives + " }\n");
        Files.writeString(src.resolve("Names.java"), INTERFACE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(Sources.STRICT));
            options.addAll(List.of(
                    "--release",
                    "17",
                    "--module-path",
                    location(BucketMap.class) + File.pathSeparator + location(MapStats.class),
                    "-d",
                    classes.toString(),
                    "-s",
                    generated.toString()));
            StringWriter out = new StringWriter();
            JavaCompiler.CompilationTask task = javac.getTask(
                    out,
                    files,
                    diagnostics,
                    options,
                    null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("Names.java")));
            task.setProcessors(List.of(new BucketMapProcessor()));
            boolean ok = task.call();
            assertTrue(
                    ok && diagnostics.getDiagnostics().isEmpty(),
                    "compiles without a diagnostic: " + diagnostics.getDiagnostics() + out);
        }
        assertTrue(Files.isRegularFile(classes.resolve("app/BucketMap_Names.class")));
        Path source = generated.resolve("app/BucketMap_Names.java");
        assertEquals(1, Files.list(generated.resolve("app")).count());
        return Files.readString(source, StandardCharsets.UTF_8);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
