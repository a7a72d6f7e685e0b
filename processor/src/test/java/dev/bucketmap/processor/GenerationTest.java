package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What a valid interface generates: names, modifiers, annotations, warning-free code. */
class GenerationTest {
    private static final String[] EVERY_FORM = {
        "@BucketMap(key = long.class, value = String.class)",
        "public interface Names {",
        "  String get(long key);",
        "  String getOrDefault(long key, String dflt);",
        "  boolean containsKey(long key);",
        "  boolean containsValue(String value);",
        "  int size();",
        "  boolean isEmpty();",
        "  void clear();",
        "  String put(long key, String value);",
        "  String putIfAbsent(long key, String value);",
        "  String remove(long key);",
        "  boolean remove(long key, String value);",
        "  String replace(long key, String value);",
        "  boolean replace(long key, String oldValue, String newValue);",
        "  String computeIfAbsent(long key, LongFunction<String> fn);",
        "  String computeIfPresent(long key, BiFunction<Long, String, String> fn);",
        "  String compute(long key, BiFunction<? super Long, ? super String, ? extends String> fn);",
        "  String merge(long key, String value, BinaryOperator<String> fn);",
        "  void forEach(BiConsumer<Long, String> action);",
        "  void forEachKey(LongConsumer action);",
        "  void forEachValue(Consumer<String> action);",
        "  boolean removeIf(BiPredicate<Long, String> filter);",
        "  long[] keys();",
        "  String[] values();",
        "  Cursor cursor();",
        "  dev.bucketmap.runtime.MapStats stats();",
        "  default String describe() { return \"names\"; }",
        "  interface Cursor { boolean next(); long key(); String value(); void setValue(String v); void remove(); }",
        "  interface Own { String apply(long key, String value); }",
        "}"
    };

    @Test
    void everyFormCompilesWithoutWarnings() {
        Compilation c = compile(interfaceSource("Names", EVERY_FORM));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Names")
                .contentsAsUtf8String()
                .contains("public final class BucketMap_Names implements Names, Serializable");
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Names")
                .contentsAsUtf8String()
                .contains("@Generated(\"dev.bucketmap.processor.BucketMapProcessor\")");
    }

    @Test
    void nestedInterfaceIsNamedAfterItsEnclosingTypes() {
        Compilation c = compile(interfaceSource(
                "Outer",
                "public class Outer {",
                "  @BucketMap(key = long.class, value = String.class)",
                "  public interface Inner { String get(long key); String put(long key, String value); }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Outer_Inner")
                .contentsAsUtf8String()
                .contains("public final class BucketMap_Outer_Inner implements Outer.Inner, Serializable");
    }

    @Test
    void userFunctionalInterfacesAndInheritedFormsWork() {
        Compilation c = compile(
                interfaceSource("Base", "public interface Base<V> { V get(long key); V put(long key, V value); }"),
                interfaceSource("Fn", "public interface Fn { String apply(long key, String old); }"),
                interfaceSource("Visit", "public interface Visit { void see(long key, Object value); }"),
                interfaceSource(
                        "Derived",
                        "@BucketMap(key = long.class, value = String.class)",
                        "public interface Derived extends Base<String> {",
                        "  String compute(long key, Fn fn);",
                        "  void forEach(Visit visit);",
                        "  int size();",
                        "}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Derived")
                .contentsAsUtf8String()
                .contains("function.apply(key, old)");
    }

    @Test
    void parameterizedValueTypeCompilesWithoutWarnings() {
        Compilation c = compile(interfaceSource(
                "Lists",
                "@BucketMap(key = long.class, value = java.util.List.class)",
                "public interface Lists {",
                "  java.util.List<String> get(long key);",
                "  java.util.List<String> put(long key, java.util.List<String> value);",
                "  java.util.List<String> computeIfAbsent(long key, LongFunction<java.util.List<String>> fn);",
                "}"));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void anErrorInOneInterfaceDoesNotStopAnother() {
        JavaFileObject good = interfaceSource(
                "Good",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Good { String get(long key); }");
        JavaFileObject bad = interfaceSource(
                "Bad",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Bad { String fetch(long key); }");
        JavaFileObject user = interfaceSource("User", "class User { Good good = new BucketMap_Good(); }");
        Compilation c = compile(good, bad, user);
        assertThat(c).hadErrorCount(1); // User compiles: BucketMap_Good was generated
        assertThat(c).hadErrorContaining("fetch").inFile(bad).onLineContaining("String fetch(long key)");
    }

    @Test
    void sealedInterfaceThatPermitsTheGeneratedClass() {
        Compilation c = compile(interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public sealed interface Foo permits BucketMap_Foo { String get(long key); }"));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void aMethodInheritedTwiceIsImplementedOnce() {
        Compilation c = compile(interfaceSource(
                "Foo",
                "interface Reads { String get(long key); int size(); }",
                "interface Lookup { String get(long id); }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Reads, Lookup { int size(); }"));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void interfaceInAnInnerClass() {
        Compilation c = compile(interfaceSource(
                "Outer",
                "public class Outer {",
                "  public class Inner {",
                "    @BucketMap(key = long.class, value = String.class)",
                "    public interface Foo { String get(long key); }",
                "  }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Outer_Inner_Foo")
                .contentsAsUtf8String()
                .contains("implements Outer.Inner.Foo");
    }

    @Test
    void genericValueClassThatNoMethodWrites() {
        Compilation c = compile(interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = java.util.Map.class)",
                "public interface Foo { int size(); boolean containsKey(long key); }"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c)
                .generatedSourceFile("test.BucketMap_Foo")
                .contentsAsUtf8String()
                .contains("Map<?, ?>");
    }

    @Test
    void supportsTheLatestSourceVersion() {
        assertEquals(SourceVersion.latestSupported(), new BucketMapProcessor().getSupportedSourceVersion());
    }

    @Test
    void isDeclaredAnIsolatingGradleProcessor() throws IOException {
        try (InputStream in =
                BucketMapProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("dev.bucketmap.processor.BucketMapProcessor,isolating", text);
        }
        try (InputStream in = BucketMapProcessor.class.getResourceAsStream(
                "/META-INF/services/javax.annotation.processing.Processor")) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .contains("dev.bucketmap.processor.BucketMapProcessor"));
        }
    }
}
