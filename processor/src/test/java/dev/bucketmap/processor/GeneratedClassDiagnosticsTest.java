package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.bucketmap.processor.DiagnosticsTest.assertSingleError;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;
import static dev.bucketmap.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.bucketmap.BucketMap;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes that only show in the generated class: a name already taken, types it cannot name,
 * methods it cannot declare side by side, a missing runtime. Each is reported on the user's
 * source, and nothing is generated.
 */
class GeneratedClassDiagnosticsTest {

    @Test
    void generatedNameIsTakenByAUserClass() {
        JavaFileObject foo = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo { String get(long key); }");
        JavaFileObject taken = interfaceSource("BucketMap_Foo", "class BucketMap_Foo {}");
        Compilation c = compile(foo, taken);
        assertThat(c)
                .hadErrorContaining(
                        "@BucketMap interface Foo is implemented by the generated class BucketMap_Foo, but package"
                                + " test already declares a type of that name; rename or remove that type")
                .inFile(foo)
                .onLineContaining("public interface Foo");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void twoInterfacesWithOneGeneratedName() {
        JavaFileObject nested = interfaceSource(
                "Outer",
                "public class Outer {",
                "  @BucketMap(key = long.class, value = String.class)",
                "  public interface Inner { String get(long key); }",
                "}");
        JavaFileObject flat = interfaceSource(
                "Outer_Inner",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Outer_Inner { String get(long key); }");
        Compilation c = compile(nested, flat);
        assertThat(c)
                .hadErrorContaining(
                        "@BucketMap interfaces test.Outer.Inner and test.Outer_Inner would both be implemented by"
                                + " the generated class BucketMap_Outer_Inner; rename one of them")
                .inFile(flat)
                .onLineContaining("public interface Outer_Inner");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void sealedInterfaceThatDoesNotPermitTheGeneratedClass() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public sealed interface Foo permits Impl { String get(long key); }",
                "final class Impl implements Foo { public String get(long key) { return null; } }");
        assertSingleError(
                src,
                "@BucketMap interface Foo is sealed, so it must permit the generated class: add BucketMap_Foo"
                        + " to its permits clause, or remove sealed",
                "public sealed interface Foo");
    }

    @Test
    void privateTypeInAMethod() {
        JavaFileObject src = interfaceSource(
                "Outer",
                "public class Outer {",
                "  private interface Fn { String apply(long key); }",
                "  @BucketMap(key = long.class, value = String.class)",
                "  public interface Foo { String computeIfAbsent(long key, Fn fn); }",
                "}");
        assertSingleError(
                src,
                "String computeIfAbsent(long, Outer.Fn): test.Outer.Fn is private, so the generated class"
                        + " BucketMap_Outer_Foo (a top-level class in the same package) cannot name it; make it"
                        + " package-private or public",
                "String computeIfAbsent(long key, Fn fn)");
    }

    @Test
    void typeNestedInAPrivateClassAsATypeArgument() {
        JavaFileObject src = interfaceSource(
                "Outer",
                "public class Outer {",
                "  private static class Hidden { static class Id {} }",
                "  @BucketMap(key = long.class, value = String.class)",
                "  public interface Foo { void forEach(BiConsumer<Long, String> action); Hidden.Id idOf(long key); }",
                "}");
        Compilation c = compile(src);
        assertThat(c)
                .hadErrorContaining(
                        "test.Outer.Hidden.Id is nested in the private test.Outer.Hidden, so the generated class")
                .inFile(src)
                .onLineContaining("public interface Foo");
    }

    @Test
    void privateValueTypeIsReportedOnTheAnnotation() {
        JavaFileObject src = interfaceSource(
                "Outer",
                "public class Outer {",
                "  private record Val(int a) {}",
                "  @BucketMap(key = long.class, value = Val.class)",
                "  public interface Foo { Val get(long key); Val put(long key, Val value); }",
                "}");
        assertSingleError(
                src,
                "@BucketMap value type: test.Outer.Val is private, so the generated class BucketMap_Outer_Foo",
                "value = Val.class");
    }

    @Test
    void protectedTypeFromAnotherPackage() {
        JavaFileObject base = source(
                "other.Base",
                "package other;",
                "public class Base { protected interface Fn { String apply(long key); } }");
        JavaFileObject src = interfaceSource(
                "Outer",
                "public class Outer extends other.Base {",
                "  @BucketMap(key = long.class, value = String.class)",
                "  public interface Foo { String computeIfAbsent(long key, Fn fn); }",
                "}");
        Compilation c = compile(base, src);
        assertThat(c)
                .hadErrorContaining("other.Base.Fn is protected in another package")
                .inFile(src)
                .onLineContaining("String computeIfAbsent(long key, Fn fn)");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void methodsWithOneErasure() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Visitor<T> { void forEach(T action); }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Visitor<BiConsumer<Long, String>> {",
                "  void forEach(BiConsumer<Long, Object> action);",
                "}");
        assertSingleError(
                src,
                "void forEach(BiConsumer<Long,Object>) and void forEach(BiConsumer<Long,String>) (inherited"
                        + " from test.Visitor) have the same erasure forEach(BiConsumer), so the generated class"
                        + " cannot implement both; remove one or change its parameter types",
                "void forEach(BiConsumer<Long, Object> action)");
    }

    @Test
    void inheritedMethodsWithOneErasure() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Visitor<T> { void forEach(T action); }",
                "interface Visits { void forEach(BiConsumer<Long, Object> action); }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Visitor<BiConsumer<Long, String>>, Visits { }");
        assertSingleError(
                src,
                "void forEach(BiConsumer<Long,String>) (inherited from test.Visitor) and"
                        + " void forEach(BiConsumer<Long,Object>) (inherited from test.Visits) have the same erasure",
                "public interface Foo");
    }

    @Test
    void defaultMethodWithTheSignatureOfAPrivateHelper() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo {",
                "  String get(long key);",
                "  default long hash(long key) { return key; }",
                "}");
        assertSingleError(
                src,
                "default method long hash(long) clashes with private long hash(long), which the generated"
                        + " class BucketMap_Foo declares; rename the default method",
                "default long hash(long key)");
    }

    @Test
    void inheritedDefaultStatsOfAnotherType() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Base { default String stats() { return \"\"; } }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Base { String get(long key); }");
        assertSingleError(
                src,
                "default method String stats() (inherited from test.Base) clashes with public MapStats"
                        + " stats(), which the generated class BucketMap_Foo declares",
                "public interface Foo");
    }

    @Test
    void defaultMethodsThatOnlyOverloadHelpersAreFine() {
        Compilation c = compile(interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo {",
                "  String get(long key);",
                "  default long hash(String text) { return text.length(); }",
                "  default void insert(long key) {}",
                "  default Object stats() { return null; }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void runtimeMissingFromTheClassPath() throws URISyntaxException {
        File annotations = new File(BucketMap.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo { String get(long key); }");
        Compilation c = javac().withProcessors(new BucketMapProcessor())
                .withClasspath(List.of(annotations))
                .withOptions((Object[]) Sources.STRICT)
                .compile(src);
        assertThat(c)
                .hadErrorContaining("the generated class BucketMap_Foo needs the bucketmap runtime"
                        + " (dev.bucketmap:bucketmap-runtime), which is not on the compile class path; add it"
                        + " as a dependency")
                .inFile(src)
                .onLineContaining("public interface Foo");
        assertThat(c).hadErrorCount(1);
    }
}
