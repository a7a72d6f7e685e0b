package dev.bucketmap.processor;

import dev.bucketmap.processor.ShapeCase.Builder;
import dev.bucketmap.processor.ShapeCase.Maps;
import dev.bucketmap.processor.ShapeCase.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cases of {@link FunctionalShapesTest}. A checked exception is a subtype of Throwable that is
 * neither a RuntimeException nor an Error; a type variable or captured wildcard in a throws clause
 * is judged by its upper bound.
 */
final class ShapeZoo {
    private ShapeZoo() {}

    private static final String NOT_FUNCTIONAL = "must be a functional interface (one abstract method)";
    private static final String CANNOT_PASS = "bucketmap cannot pass checked exceptions through";

    static List<ShapeCase> all() {
        List<ShapeCase> cases = new ArrayList<>();
        for (Maps m : List.of(Maps.LONG_STRING, Maps.INT_INT)) {
            Builder b = new Builder(m, cases);
            throwsClauses(b);
            genericThrows(b);
            inheritance(b);
            notFunctional(b);
        }
        javaUtilFunctionLongString(new Builder(Maps.LONG_STRING, cases));
        javaUtilFunctionIntInt(new Builder(Maps.INT_INT, cases));
        parameterizedValue(new Builder(Maps.LONG_LIST, cases));
        Set<String> names = new HashSet<>();
        for (ShapeCase c : cases) {
            if (!names.add(c.name())) {
                throw new IllegalStateException("two cases named " + c.name());
            }
        }
        return List.copyOf(cases);
    }

    /** The text of FUNCTION_THROWS that names the method and the exception. */
    private static Function<String, List<String>> throwing(String sam, String exception) {
        return name -> List.of("whose method " + sam + " declares the checked exception " + exception.replace("$", name)
                + "; " + CANNOT_PASS);
    }

    /** FUNCTION_THROWS, for a captured wildcard (however the message names it). */
    private static Function<String, List<String>> throwingCapture(String sam) {
        return name -> List.of("whose method " + sam + " declares the checked exception", CANNOT_PASS);
    }

    private static Function<String, List<String>> parts(String... parts) {
        return name -> List.of(parts);
    }

    /** Every position with every throws clause: unchecked ones compile, checked ones are an error. */
    private static void throwsClauses(Builder b) {
        Maps m = b.map();
        for (Position p : Position.values()) {
            String method = p.method(m, "Fn");
            for (String unchecked : List.of("RuntimeException", "IllegalStateException", "Error")) {
                b.ok(
                        p.form + ", SAM throws " + unchecked,
                        method,
                        "interface Fn { " + p.sam(m) + " throws " + unchecked + "; }");
            }
            for (String checked : List.of("java.lang.Exception", "java.io.IOException", "java.lang.Throwable")) {
                b.error(
                        p.form + ", SAM throws " + checked,
                        throwing(p.sam, checked),
                        method,
                        "interface Fn { " + p.sam(m) + " throws " + checked + "; }");
            }
            b.error(
                    p.form + ", SAM throws Oops extends Throwable",
                    throwing(p.sam, "test.$.Oops"),
                    method,
                    "interface Fn { " + p.sam(m) + " throws Oops; }",
                    "class Oops extends Throwable { private static final long serialVersionUID = 1L; }");
        }
        b.error(
                "compute, SAM throws IllegalStateException and IOException",
                throwing("apply", "java.io.IOException"),
                Position.COMPUTE.method(m, "Fn"),
                "interface Fn { " + Position.COMPUTE.sam(m) + " throws IllegalStateException, java.io.IOException; }");
    }

    /** A throws clause that names a type variable of the functional interface. */
    private static void genericThrows(Builder b) {
        Maps m = b.map();
        Position p = Position.COMPUTE_IF_ABSENT;
        String exception = "interface Fn<X extends Exception> { " + p.sam(m) + " throws X; }";
        b.error(
                "Fn<X extends Exception> as Fn<IOException>",
                throwing("apply", "java.io.IOException"),
                p.method(m, "Fn<java.io.IOException>"),
                exception);
        b.ok("Fn<X extends Exception> as Fn<RuntimeException>", p.method(m, "Fn<RuntimeException>"), exception);
        b.ok(
                "Fn<X extends Exception> as Fn<? extends RuntimeException>",
                p.method(m, "Fn<? extends RuntimeException>"),
                exception);
        b.error("Fn<X extends Exception> as Fn<?>", throwingCapture("apply"), p.method(m, "Fn<?>"), exception);
        b.error(
                "Fn<X extends Exception> raw",
                parts(
                        "has the raw type",
                        "give it type arguments, like" + " java.util.function.Function<" + m.keyBox + ", " + m.valueBox
                                + ">"),
                "@SuppressWarnings(\"rawtypes\") " + p.method(m, "Fn"),
                exception);
        String throwable = "interface Fn<X extends Throwable> { " + p.sam(m) + " throws X; }";
        b.ok("Fn<X extends Throwable> as Fn<Error>", p.method(m, "Fn<Error>"), throwable);
        b.ok("Fn<X extends Throwable> as Fn<? extends Error>", p.method(m, "Fn<? extends Error>"), throwable);
        b.error(
                "Fn<X extends Throwable> as Fn<Throwable>",
                throwing("apply", "java.lang.Throwable"),
                p.method(m, "Fn<Throwable>"),
                throwable);
        b.error("Fn<X extends Throwable> as Fn<?>", throwingCapture("apply"), p.method(m, "Fn<?>"), throwable);
        b.error(
                "Fn<X extends Throwable> as Fn<? super RuntimeException>",
                throwingCapture("apply"),
                p.method(m, "Fn<? super RuntimeException>"),
                throwable);
        b.error(
                "Io<Y extends IOException> extends Fn<Y>, as Io<?>",
                throwingCapture("apply"),
                p.method(m, "Io<?>"),
                exception,
                "interface Io<Y extends java.io.IOException> extends Fn<Y> {}");
        Position c = Position.COMPUTE;
        b.error(
                "generic SAM method",
                parts("whose method apply is generic; use a non-generic functional" + " interface"),
                c.method(m, "Fn"),
                "interface Fn { <T> " + c.sam(m) + "; }");
        b.error(
                "generic SAM method that throws its type variable",
                parts("whose method apply is generic"),
                c.method(m, "Fn"),
                "interface Fn { <X extends Exception> " + c.sam(m) + " throws X; }");
    }

    /** Where the single abstract method comes from, and what stands beside it. */
    private static void inheritance(Builder b) {
        Maps m = b.map();
        Position p = Position.COMPUTE;
        String sam = p.sam(m);
        String method = p.method(m, "Sub");
        b.ok("SAM inherited", method, "interface Base { " + sam + "; }", "interface Sub extends Base {}");
        b.ok(
                "SAM inherited from a generic interface",
                method,
                "interface Base<A, B> { B apply(A a, B b); }",
                "interface Sub extends Base<" + m.keyBox + ", " + m.valueBox + "> {}");
        b.error(
                "SAM inherited with throws IOException",
                throwing("apply", "java.io.IOException"),
                method,
                "interface Base { " + sam + " throws java.io.IOException; }",
                "interface Sub extends Base {}");
        b.ok(
                "SAM redeclared without the throws IOException it inherits",
                method,
                "interface Base { " + sam + " throws java.io.IOException; }",
                "interface Sub extends Base { " + sam + "; }");
        b.ok(
                "SAM inherited twice, override-equivalent",
                method,
                "interface A { " + sam + "; }",
                "interface B { " + sam + "; }",
                "interface Sub extends A, B {}");
        b.ok(
                "SAM inherited twice, only one of them throws IOException",
                method,
                "interface A { " + sam + " throws java.io.IOException; }",
                "interface B { " + sam + "; }",
                "interface Sub extends A, B {}");
        b.error(
                "SAM inherited twice, both throw IOException",
                throwing("apply", "java.io.IOException"),
                method,
                "interface A { " + sam + " throws java.io.IOException; }",
                "interface B { " + sam + " throws java.io.IOException; }",
                "interface Sub extends A, B {}");
        b.ok(
                "SAM beside default methods",
                p.method(m, "Fn"),
                "interface Fn { " + sam + "; default Fn self() { return this; } default int twice(int x) {"
                        + " return 2 * x; } }");
        b.ok(
                "SAM beside a default method that implements the other abstract one",
                method,
                "interface Base { " + sam + "; " + m.value + " other(" + m.key + " k); }",
                "interface Sub extends Base { default " + m.value + " other(" + m.key + " k) { return "
                        + (m.value.equals("int") ? "0" : "\"\"") + "; } }");
        Position r = Position.REMOVE_IF;
        b.ok(
                "removeIf SAM beside boolean equals(Object)",
                r.method(m, "Fn"),
                "interface Fn { " + r.sam(m) + "; boolean equals(Object o); }");
        Position f = Position.FOR_EACH;
        b.ok(
                "forEach SAM beside String toString() and int hashCode()",
                f.method(m, "Fn"),
                "interface Fn { " + f.sam(m) + "; String toString(); int hashCode(); }");
    }

    /** Parameter types that are no functional interface. */
    private static void notFunctional(Builder b) {
        Maps m = b.map();
        Position p = Position.COMPUTE;
        String like = NOT_FUNCTIONAL + " like java.util.function.BiFunction<" + m.keyBox + ", " + m.valueBox + ", "
                + m.valueBox + ">, but ";
        b.error(
                "two abstract methods",
                parts(like, "declares 2 abstract methods"),
                p.method(m, "Fn"),
                "interface Fn { " + p.sam(m) + "; " + m.value + " other(" + m.key + " k); }");
        b.error(
                "two abstract methods, one inherited",
                parts(like, "declares 2 abstract methods"),
                p.method(m, "Sub"),
                "interface Base { " + m.value + " other(" + m.key + " k); }",
                "interface Sub extends Base { " + p.sam(m) + "; }");
        b.error(
                "no abstract method",
                parts(like, "declares 0 abstract methods"),
                p.method(m, "Fn"),
                "interface Fn { default void run() {} }");
        b.error(
                "a class",
                parts(like, "is a class"),
                p.method(m, "Fn"),
                "class Fn { public " + p.sam(m) + " { return v; } }");
        b.error(
                "an abstract class",
                parts(like),
                p.method(m, "Fn"),
                "abstract class Fn { abstract " + p.sam(m) + "; }");
        Position f = Position.FOR_EACH;
        b.error(
                "forEach an enum",
                parts(NOT_FUNCTIONAL + " like java.util.function.BiConsumer<" + m.keyBox + ", " + m.valueBox
                        + ">, but "),
                f.method(m, "Fn"),
                "enum Fn { X }");
    }

    private static Function<String, List<String>> shape(String sam, String accepts, String returns) {
        return parts("whose method " + sam + " does not fit: it must accept " + accepts + " and return " + returns);
    }

    private static void javaUtilFunctionLongString(Builder b) {
        Maps m = b.map();
        Position cia = Position.COMPUTE_IF_ABSENT;
        Position c = Position.COMPUTE;
        Position me = Position.MERGE;
        Position fe = Position.FOR_EACH;
        Position ri = Position.REMOVE_IF;
        for (String fn : List.of(
                "Function<Long, String>",
                "LongFunction<String>",
                "Function<Object, String>",
                "Function<? super Long, ? extends String>")) {
            b.ok("computeIfAbsent " + fn, cia.method(m, fn));
        }
        for (String fn : List.of(
                "BiFunction<Long, String, String>",
                "BiFunction<? super Long, ? super String, ? extends String>",
                "BiFunction<Number, CharSequence, String>")) {
            b.ok("compute " + fn, c.method(m, fn));
        }
        b.ok(
                "computeIfPresent BiFunction<Long, String, String>",
                "String computeIfPresent(long key, BiFunction<Long, String, String> fn);");
        b.ok("merge BinaryOperator<String>", me.method(m, "BinaryOperator<String>"));
        b.ok(
                "merge BiFunction<CharSequence, Object, String>",
                me.method(m, "BiFunction<CharSequence, Object, String>"));
        for (String fn :
                List.of("BiConsumer<Long, String>", "BiConsumer<Object, Object>", "BiFunction<Long, String, String>")) {
            b.ok("forEach " + fn, fe.method(m, fn));
        }
        b.ok("forEachKey LongConsumer", "void forEachKey(LongConsumer fn);");
        b.ok("forEachValue Consumer<? super String>", "void forEachValue(Consumer<? super String> fn);");
        b.ok("removeIf BiPredicate<Long, String>", ri.method(m, "BiPredicate<Long, String>"));
        b.ok(
                "removeIf BiPredicate<? super Long, ? super String>",
                ri.method(m, "BiPredicate<? super Long, ? super String>"));
        b.error(
                "compute LongFunction<String>",
                shape("apply", "(long, String)", "String"),
                c.method(m, "LongFunction<String>"));
        b.error(
                "compute BiFunction<Integer, String, String>",
                shape("apply", "(long, String)", "String"),
                c.method(m, "BiFunction<Integer, String, String>"));
        b.error(
                "computeIfAbsent IntFunction<String>",
                shape("apply", "(long)", "String"),
                cia.method(m, "IntFunction<String>"));
        b.error(
                "computeIfAbsent LongFunction<Object>",
                shape("apply", "(long)", "String"),
                cia.method(m, "LongFunction<Object>"));
        b.error(
                "merge BiFunction<String, Integer, String>",
                shape("apply", "(String, String)", "String"),
                me.method(m, "BiFunction<String, Integer, String>"));
        b.error(
                "removeIf BiFunction<Long, String, String>",
                shape("apply", "(long, String)", "boolean"),
                ri.method(m, "BiFunction<Long, String, String>"));
        b.error(
                "forEach LongConsumer",
                shape("accept", "(long, String)", "anything (the result is ignored)"),
                fe.method(m, "LongConsumer"));
    }

    private static void javaUtilFunctionIntInt(Builder b) {
        Maps m = b.map();
        Position cia = Position.COMPUTE_IF_ABSENT;
        Position c = Position.COMPUTE;
        Position me = Position.MERGE;
        for (String fn : List.of(
                "ToIntFunction<Integer>", "IntUnaryOperator", "LongToIntFunction", "Function<Integer, Integer>")) {
            b.ok("computeIfAbsent " + fn, cia.method(m, fn));
        }
        for (String fn : List.of(
                "IntBinaryOperator",
                "ToIntBiFunction<Integer, Integer>",
                "BiFunction<? super Integer, ? super Integer, ? extends Integer>")) {
            b.ok("compute " + fn, c.method(m, fn));
        }
        b.ok("merge IntBinaryOperator", me.method(m, "IntBinaryOperator"));
        b.ok("merge BinaryOperator<Integer>", me.method(m, "BinaryOperator<Integer>"));
        b.ok("forEach BiConsumer<Integer, Integer>", Position.FOR_EACH.method(m, "BiConsumer<Integer, Integer>"));
        b.ok("removeIf BiPredicate<Integer, Integer>", Position.REMOVE_IF.method(m, "BiPredicate<Integer, Integer>"));
        b.ok("forEachKey IntConsumer", "void forEachKey(IntConsumer fn);");
        b.ok("forEachValue IntConsumer", "void forEachValue(IntConsumer fn);");
        b.error("merge IntUnaryOperator", shape("applyAsInt", "(int, int)", "int"), me.method(m, "IntUnaryOperator"));
        b.error(
                "compute BiFunction<Integer, Integer, Long>",
                shape("apply", "(int, int)", "int"),
                c.method(m, "BiFunction<Integer, Integer, Long>"));
        b.error(
                "computeIfAbsent LongUnaryOperator",
                shape("applyAsLong", "(int)", "int"),
                cia.method(m, "LongUnaryOperator"));
        b.error(
                "removeIf IntPredicate",
                shape("test", "(int, int)", "boolean"),
                Position.REMOVE_IF.method(m, "IntPredicate"));
        b.error(
                "forEach IntConsumer",
                shape("accept", "(int, int)", "anything (the result is ignored)"),
                Position.FOR_EACH.method(m, "IntConsumer"));
    }

    /** value = List.class written List<String>: a function must fit the parameterized type. */
    private static void parameterizedValue(Builder b) {
        Maps m = b.map();
        Position c = Position.COMPUTE;
        b.ok(
                "compute BiFunction<Long, List<String>, ArrayList<String>>",
                c.method(m, "BiFunction<Long, List<String>, ArrayList<String>>"));
        b.ok(
                "compute BiFunction<Long, Collection<String>, List<String>>",
                c.method(m, "BiFunction<Long, Collection<String>, List<String>>"));
        b.ok("merge BinaryOperator<List<String>>", Position.MERGE.method(m, "BinaryOperator<List<String>>"));
        b.ok(
                "computeIfAbsent Function<Object, List<String>>",
                Position.COMPUTE_IF_ABSENT.method(m, "Function<Object, List<String>>"));
        b.ok("forEach BiConsumer<Long, Collection<?>>", Position.FOR_EACH.method(m, "BiConsumer<Long, Collection<?>>"));
        b.ok("removeIf BiPredicate<Object, List<?>>", Position.REMOVE_IF.method(m, "BiPredicate<Object, List<?>>"));
        Function<String, List<String>> misfit = parts("whose method apply does not fit: it must accept");
        b.error(
                "compute BiFunction<Long, List<Integer>, List<String>>",
                misfit,
                c.method(m, "BiFunction<Long, List<Integer>, List<String>>"));
        b.error(
                "compute BiFunction<Long, List<String>, List<Integer>>",
                misfit,
                c.method(m, "BiFunction<Long, List<String>, List<Integer>>"));
        b.error(
                "computeIfAbsent Function<Long, List<?>>",
                misfit,
                Position.COMPUTE_IF_ABSENT.method(m, "Function<Long, List<?>>"));
        b.error(
                "merge BinaryOperator<List<Integer>>",
                misfit,
                Position.MERGE.method(m, "BinaryOperator<List<Integer>>"));
    }
}
