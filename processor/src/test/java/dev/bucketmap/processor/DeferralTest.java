package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.bucketmap.processor.Sources.interfaceSource;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An interface that mentions a type another processor generates later is processed once it exists. */
class DeferralTest {

    /** Writes {@code test.Later} in its first round, as a code generator would. */
    static final class GeneratesLater extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w =
                        processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                    w.write("package test; public final class Later {}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void waitsForATypeGeneratedInALaterRound() {
        JavaFileObject source = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = Later.class)",
                "public interface Foo {",
                "  Later get(long key);",
                "  Later put(long key, Later value);",
                "}");
        JavaFileObject user = interfaceSource("User", "class User { Foo foo = new BucketMap_Foo(); }");
        Compilation c = javac().withProcessors(new GeneratesLater(), new BucketMapProcessor())
                .withOptions((Object[]) Sources.STRICT)
                .compile(source, user);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Foo")
                .contentsAsUtf8String()
                .contains("public Later get(long key)");
    }

    @Test
    void aSetWaitsForItsElementType() {
        JavaFileObject source = Sources.source(
                "test.Ids",
                "package test;",
                "import dev.bucketmap.BucketSet;",
                "@BucketSet(Later.class)",
                "public interface Ids {",
                "  boolean add(Later e);",
                "}");
        JavaFileObject user = interfaceSource("User", "class User { Ids ids = new BucketSet_Ids(); }");
        Compilation c = javac().withProcessors(new GeneratesLater(), new BucketMapProcessor())
                .withOptions((Object[]) Sources.STRICT)
                .compile(source, user);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketSet_Ids")
                .contentsAsUtf8String()
                .contains("public boolean add(Later element)");
    }
}
