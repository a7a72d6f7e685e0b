package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bucketmap.processor.Sources.compile;
import static dev.bucketmap.processor.Sources.interfaceSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error the processor reports: its text, its file and its line, and nothing else. */
class DiagnosticsTest {

    static void assertSingleError(JavaFileObject source, String message, String line) {
        Compilation c = compile(source);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
        assertThat(c).hadErrorCount(1);
    }

    private static JavaFileObject map(String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = "@BucketMap(key = long.class, value = String.class)";
        lines[1] = "public interface Foo {";
        System.arraycopy(body, 0, lines, 2, body.length);
        String[] all = java.util.Arrays.copyOf(lines, lines.length + 1);
        all[lines.length] = "}";
        return interfaceSource("Foo", all);
    }

    @Test
    void onAClass() {
        assertSingleError(
                interfaceSource("Foo", "@BucketMap(key = long.class, value = String.class)", "public class Foo {}"),
                "@BucketMap must annotate an interface, but Foo is a class",
                "public class Foo");
    }

    @Test
    void onAnAbstractClass() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = long.class, value = String.class)", "public abstract class Foo {}"),
                "but Foo is an abstract class",
                "public abstract class Foo");
    }

    @Test
    void onAnEnum() {
        assertSingleError(
                interfaceSource("Foo", "@BucketMap(key = long.class, value = String.class)", "public enum Foo { A }"),
                "but Foo is an enum",
                "public enum Foo");
    }

    @Test
    void onARecord() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = long.class, value = String.class)", "public record Foo(int a) {}"),
                "but Foo is a record",
                "public record Foo");
    }

    @Test
    void onAnAnnotationType() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = long.class, value = String.class)", "public @interface Foo {}"),
                "but Foo is an annotation type",
                "public @interface Foo");
    }

    @Test
    void genericInterface() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = long.class, value = String.class)",
                        "public interface Foo<T> { String get(long key); }"),
                "must not declare type parameters",
                "public interface Foo<T>");
    }

    @Test
    void privateNestedInterface() {
        assertSingleError(
                interfaceSource(
                        "Outer",
                        "public class Outer {",
                        "  @BucketMap(key = long.class, value = String.class)",
                        "  private interface Foo { String get(long key); }",
                        "}"),
                "@BucketMap interface Foo must not be private",
                "private interface Foo");
    }

    @Test
    void nestedInAPrivateClass() {
        assertSingleError(
                interfaceSource(
                        "Outer",
                        "public class Outer {",
                        "  private static class Hidden {",
                        "    @BucketMap(key = long.class, value = String.class)",
                        "    interface Foo { String get(long key); }",
                        "  }",
                        "}"),
                "is nested in test.Outer.Hidden, which is private",
                "interface Foo");
    }

    @Test
    void booleanKey() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = boolean.class, value = String.class)", "public interface Foo { }"),
                "key type boolean is not supported: a map with two possible keys is best written as a two-slot array",
                "key = boolean.class");
    }

    @Test
    void wrapperKey() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = Long.class, value = String.class)", "public interface Foo { }"),
                "key type java.lang.Long is a primitive wrapper; use the primitive long.class instead",
                "key = Long.class");
    }

    @Test
    void arrayKey() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = long[].class, value = String.class)", "public interface Foo { }"),
                "key type long[] is an array; arrays compare by identity, not by content",
                "key = long[].class");
    }

    @Test
    void voidKey() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = void.class, value = String.class)", "public interface Foo { }"),
                "key type void is not supported; supported key types: byte, short, char, int, long, float,"
                        + " double, or any class, interface, record or enum",
                "key = void.class");
    }

    @Test
    void booleanWrapperKey() {
        assertSingleError(
                interfaceSource(
                        "Foo", "@BucketMap(key = Boolean.class, value = String.class)", "public interface Foo { }"),
                "key type boolean is not supported: a map with two possible keys is best written as a two-slot array",
                "key = Boolean.class");
    }

    @Test
    void voidValue() {
        assertSingleError(
                interfaceSource("Foo", "@BucketMap(key = long.class, value = void.class)", "public interface Foo { }"),
                "value type void is not supported",
                "value = void.class");
    }

    @Test
    void defaultValueOfTheWrongType() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = long.class, value = int.class)",
                        "public interface Foo {",
                        "  int get(long key);",
                        "  default long defaultValue() { return -1; }",
                        "}"),
                "long defaultValue(): a defaultValue() method gives the absent value of a map with int"
                        + " values, so it must return int",
                "default long defaultValue()");
    }

    @Test
    void abstractDefaultValue() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = long.class, value = int.class)",
                        "public interface Foo {",
                        "  int get(long key);",
                        "  int defaultValue();",
                        "}"),
                "int defaultValue(): defaultValue() gives the absent value of a map with int values, so it"
                        + " must be a default method: default int defaultValue() { return ...; }",
                "int defaultValue();");
    }

    @Test
    void defaultValueOnAMapWithReferenceValues() {
        assertSingleError(
                map("  String get(long key);", "  default String defaultValue() { return \"\"; }"),
                "default String defaultValue(): defaultValue() only applies to maps with primitive values;"
                        + " the absent value of a map with String values is always null; remove it, or use"
                        + " getOrDefault(key, dflt)",
                "default String defaultValue()");
    }

    @Test
    void addValueOnBooleanValues() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = int.class, value = boolean.class)",
                        "public interface Foo {",
                        "  boolean addValue(int key, boolean delta);",
                        "}"),
                "boolean addValue(int, boolean): addValue needs a numeric value type",
                "boolean addValue(int key, boolean delta)");
    }

    @Test
    void primitiveValueWrittenBoxed() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = String.class, value = int.class)",
                        "public interface Foo {",
                        "  Integer get(String key);",
                        "}"),
                "Integer get(String) does not match the @BucketMap form get; expected: int get(String key)",
                "Integer get(String key)");
    }

    @Test
    void wrapperValueWrittenAsPrimitiveIsOneErrorOnTheAnnotation() {
        assertSingleError(
                interfaceSource(
                        "Foo",
                        "@BucketMap(key = long.class, value = Integer.class)",
                        "public interface Foo {",
                        "  int get(long key);",
                        "  int put(long key, int value);",
                        "  int merge(long key, int value, IntBinaryOperator fn);",
                        "  int size();",
                        "}"),
                "@BucketMap value type Integer is a primitive wrapper, but the value is written as int in:"
                        + " int get(long), int put(long, int), int merge(long, int, IntBinaryOperator);"
                        + " write value = int.class to store unboxed int values, or write Integer in those methods",
                "value = Integer.class");
    }

    @Test
    void unknownMethod() {
        assertSingleError(
                map("  String fetch(long key);"),
                "abstract method String fetch(long) matches no @BucketMap method form; bucketmap can implement: get,",
                "String fetch(long key)");
    }

    @Test
    void unknownMethodWithATypoSuggestsTheForm() {
        assertSingleError(
                map("  String getOrDefualt(long key, String dflt);"),
                "abstract method String getOrDefualt(long, String) matches no @BucketMap method form; did you"
                        + " mean getOrDefault? bucketmap can implement: get,",
                "String getOrDefualt(long key");
    }

    @Test
    void unknownMethodThatAbbreviatesFormsSuggestsThem() {
        assertSingleError(
                map("  boolean contains(long key);"),
                "did you mean containsKey or containsValue?",
                "boolean contains(long key)");
    }

    @Test
    void unknownMethodNamedAsInAnotherApiSuggestsTheForm() {
        assertSingleError(map("  String delete(long key);"), "did you mean remove?", "String delete(long key)");
    }

    @Test
    void wrongParameterType() {
        assertSingleError(
                map("  String put(int key, String value);"),
                "String put(int, String) does not match the @BucketMap form put; expected: String put(long key, String value)",
                "String put(int key");
    }

    @Test
    void wrongReturnType() {
        assertSingleError(
                map("  Object get(long key);"),
                "Object get(long) does not match the @BucketMap form get; expected: String get(long key)",
                "Object get(long key)");
    }

    @Test
    void wrongArity() {
        assertSingleError(
                map("  String get(long key, long other);"),
                "does not match the @BucketMap form get; expected: String get(long key)",
                "String get(long key, long other)");
    }

    @Test
    void wrongArityBetweenOverloadsListsBoth() {
        assertSingleError(
                map("  String remove();"),
                "expected: String remove(long key) or boolean remove(long key, String value)",
                "String remove()");
    }

    @Test
    void mismatchNamesTheOtherFormOfTheSameName() {
        assertSingleError(
                map("  boolean remove(long key, long value);"),
                "boolean remove(long, long) does not match the @BucketMap form remove; expected: boolean"
                        + " remove(long key, String value) (the other form named remove: String remove(long key))",
                "boolean remove(long key, long value)");
    }

    @Test
    void checkedExceptionOnAMethod() {
        assertSingleError(
                map("  String get(long key) throws java.io.IOException;"),
                "String get(long) declares the checked exception java.io.IOException; bucketmap's methods"
                        + " never throw checked exceptions, so remove it from the throws clause",
                "String get(long key) throws");
    }

    @Test
    void checkedExceptionOnAnInheritedMethod() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Base { String get(long key) throws Exception; }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Base { }");
        assertSingleError(
                src,
                "String get(long) (inherited from test.Base) declares the checked exception java.lang.Exception",
                "public interface Foo");
    }

    @Test
    void uncheckedExceptionsMayBeDeclared() {
        Compilation c = compile(map("  String get(long key) throws IllegalStateException, AssertionError;"));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void addValueNeedsNumericValues() {
        assertSingleError(
                map("  String addValue(long key, String delta);"),
                "addValue needs a numeric value type",
                "String addValue(long key, String delta)");
    }

    @Test
    void genericMethod() {
        assertSingleError(
                map("  <T> String get(long key);"), "must not declare type parameters", "<T> String get(long key)");
    }

    @Test
    void rawValueType() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = java.util.List.class)",
                "@SuppressWarnings(\"rawtypes\")",
                "public interface Foo {",
                "  java.util.List get(long key);",
                "}");
        assertSingleError(
                src,
                "List get(long) writes the value type as the raw type List; give it type arguments, such as"
                        + " List<?>",
                "java.util.List get(long key)");
    }

    @Test
    void rawFunctionParameter() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo {",
                "  @SuppressWarnings(\"rawtypes\") void forEach(BiConsumer action);",
                "}");
        assertSingleError(
                src,
                "parameter action of void forEach(BiConsumer) has the raw type BiConsumer; give it type"
                        + " arguments, like java.util.function.BiConsumer<Long, String>",
                "void forEach(BiConsumer action)");
    }

    @Test
    void functionParameterThatIsNotAnInterface() {
        JavaFileObject src = map("  String compute(long key, String fn);");
        assertSingleError(
                src,
                "parameter fn of String compute(long, String) must be a functional interface",
                "String compute(long key, String fn)");
    }

    @Test
    void functionParameterWithTwoAbstractMethods() {
        JavaFileObject src = map(
                "  interface Two { String a(long k, String v); String b(long k, String v); }",
                "  String compute(long key, Two fn);");
        assertSingleError(src, "declares 2 abstract methods", "String compute(long key, Two fn)");
    }

    @Test
    void functionParameterOfTheWrongShape() {
        JavaFileObject src = map("  String compute(long key, LongFunction<String> fn);");
        assertSingleError(
                src,
                "whose method apply does not fit: it must accept (long, String) and return String",
                "String compute(long key, LongFunction<String> fn)");
    }

    @Test
    void functionParameterWithAWrongResult() {
        JavaFileObject src = map("  String computeIfAbsent(long key, LongFunction<Integer> fn);");
        assertSingleError(src, "must accept (long) and return String", "LongFunction<Integer> fn");
    }

    @Test
    void functionParameterWithAGenericMethod() {
        JavaFileObject src =
                map("  interface Any { <T> String apply(long k, String v); }", "  String compute(long key, Any fn);");
        assertSingleError(
                src,
                "parameter fn of String compute(long, Foo.Any) has type Foo.Any, whose method apply is"
                        + " generic; use a non-generic functional interface",
                "String compute(long key, Any fn)");
    }

    @Test
    void functionThatThrowsCheckedExceptions() {
        JavaFileObject src = map(
                "  interface Io { String apply(long k) throws java.io.IOException; }",
                "  String computeIfAbsent(long key, Io fn);");
        assertSingleError(src, "declares the checked exception java.io.IOException", "Io fn");
    }

    @Test
    void cursorWithAnExtraMethod() {
        JavaFileObject src =
                map("  interface C { boolean next(); long key(); String value(); void reset(); }", "  C cursor();");
        assertSingleError(src, "the cursor interface C declares void reset(), which is not one of", "C cursor()");
    }

    @Test
    void cursorThatIsNotAnInterface() {
        JavaFileObject src = map("  String cursor();");
        assertSingleError(
                src,
                "String cursor(): cursor() must return an interface declaring boolean next(), long key(),"
                        + " String value() and optionally void setValue(String) and void remove(), but returns String",
                "String cursor()");
    }

    @Test
    void cursorMissingAMethod() {
        JavaFileObject src = map("  interface C { boolean next(); long key(); }", "  C cursor();");
        assertSingleError(src, "the cursor interface C must declare String value()", "C cursor()");
    }

    @Test
    void inheritedMethodIsReportedOnTheAnnotatedInterface() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Base { String fetch(long key); }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Base { }");
        assertSingleError(
                src,
                "String fetch(long) (inherited from test.Base) matches no @BucketMap method form",
                "public interface Foo");
    }

    @Test
    void inconsistentValueTypes() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = long.class, value = java.util.List.class)",
                "public interface Foo {",
                "  java.util.List<String> get(long key);",
                "  java.util.List<Integer> put(long key, java.util.List<Integer> value);",
                "}");
        assertSingleError(
                src, "uses the value type List<Integer>, but another method uses List<String>", "List<Integer> put");
    }

    @Test
    void rawGenericKeyType() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = java.util.List.class, value = int.class)",
                "public interface Foo {",
                "  @SuppressWarnings(\"rawtypes\") int get(java.util.List path);",
                "}");
        assertSingleError(
                src,
                "int get(List) writes the key type as the raw type List; give it type" + " arguments, such as List<?>",
                "int get(java.util.List path)");
    }

    @Test
    void inconsistentKeyTypes() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = java.util.List.class, value = int.class)",
                "public interface Foo {",
                "  int get(java.util.List<String> path);",
                "  int put(java.util.List<Integer> path, int value);",
                "}");
        assertSingleError(
                src,
                "int put(List<Integer>, int) uses the key type List<Integer>, but another"
                        + " method uses List<String>",
                "int put(java.util.List<Integer> path");
    }

    @Test
    void rawGenericKeyTypeInTheMapSupertype() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "@BucketMap(key = java.util.List.class, value = String.class)",
                "@SuppressWarnings(\"rawtypes\")",
                "public interface Foo extends java.util.Map<java.util.List, String> {",
                "}");
        assertSingleError(
                src, "Foo extends Map<List, String> writes the key type as the raw type List", "public interface Foo");
    }

    @Test
    void mistakesOfEveryKindAreReportedAtOnce() {
        JavaFileObject src = interfaceSource(
                "Foo",
                "interface Base<T> { void forEach(T action); String fetch(long key); }",
                "@BucketMap(key = long.class, value = String.class)",
                "public interface Foo extends Base<BiConsumer<Long, String>> {",
                "  void forEach(BiConsumer<Long, Object> action);",
                "  String get(long key) throws java.io.IOException;",
                "  String putt(long key, String value);",
                "  Object remove(long key);",
                "  String compute(long key, LongFunction<String> fn);",
                "  long[] keys(int limit);",
                "}");
        Compilation c = compile(src);
        assertThat(c)
                .hadErrorContaining("have the same erasure")
                .inFile(src)
                .onLineContaining("void forEach(BiConsumer<Long, Object> action)");
        assertThat(c)
                .hadErrorContaining("String fetch(long) (inherited from test.Base) matches no")
                .inFile(src)
                .onLineContaining("public interface Foo");
        assertThat(c).hadErrorContaining("checked exception").inFile(src).onLineContaining("String get(long key)");
        assertThat(c).hadErrorContaining("did you mean put?").inFile(src).onLineContaining("String putt");
        assertThat(c).hadErrorContaining("form remove").inFile(src).onLineContaining("Object remove");
        assertThat(c)
                .hadErrorContaining("whose method apply does not fit")
                .inFile(src)
                .onLineContaining("LongFunction<String> fn");
        assertThat(c).hadErrorContaining("expected: long[] keys()").inFile(src).onLineContaining("keys(int limit)");
        assertThat(c).hadErrorCount(7);
    }

    @Test
    void everyMistakeOfAnInterfaceIsReportedAtOnce() {
        JavaFileObject src =
                map("  String fetch(long key);", "  Object get(long key);", "  String compute(long key, String fn);");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("fetch").inFile(src).onLineContaining("String fetch");
        assertThat(c).hadErrorContaining("form get").inFile(src).onLineContaining("Object get");
        assertThat(c).hadErrorContaining("functional interface").inFile(src).onLineContaining("String compute");
    }
}
