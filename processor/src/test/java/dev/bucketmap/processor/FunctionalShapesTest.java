package dev.bucketmap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * A zoo of functional-parameter shapes ({@link ShapeZoo}): each either compiles without a warning
 * ({@code -Xlint:all,-processing -Werror}) and its generated class works, or gets exactly one error,
 * on the parameter, with the message's distinctive text.
 *
 * <p>Throws clauses: a checked exception is a subtype of Throwable that is neither a
 * RuntimeException nor an Error, a type variable or captured wildcard judged by its upper bound;
 * each of compute, merge, computeIfAbsent, forEach and removeIf is tried with unchecked and checked
 * ones, on a long -> String and an int -> int map. Then generic functional interfaces, inherited and
 * twice-inherited abstract methods, default and Object methods beside the abstract one, types that
 * are no functional interface, java.util.function types (boxed, primitive, wildcards) that fit or
 * do not, and functions of a parameterized value type (long -> List<String>).
 *
 * <p>184 shapes: 92 that compile, which share one javac run ({@link Batch}) and whose generated
 * classes are then loaded and called ({@link Smoke}), and 92 errors, each a compilation of its own,
 * as hadErrorCount(1) needs.
 */
class FunctionalShapesTest {
    private static final Map<Compilation, CompiledClasses> LOADERS = new IdentityHashMap<>();
    private static long batchMillis;
    private static long errorMillis;
    private static int errorCompilations;

    @TestFactory
    Stream<DynamicNode> functionalParameters() {
        List<ShapeCase> compiling = new ArrayList<>();
        List<ShapeCase> failing = new ArrayList<>();
        for (ShapeCase c : ShapeZoo.all()) {
            (c.compiles() ? compiling : failing).add(c);
        }
        return Stream.of(
                dynamicContainer(
                        compiling.size() + " shapes that compile without warnings, in one javac run",
                        Stream.of(compiling).flatMap(FunctionalShapesTest::compilingCases)),
                dynamicContainer(
                        failing.size() + " shapes that are one error on the parameter",
                        failing.stream().map(c -> dynamicTest(c.toString(), () -> oneError(c)))));
    }

    private static Stream<DynamicNode> compilingCases(List<ShapeCase> cases) {
        List<Batch.Unit> units = new ArrayList<>();
        cases.forEach(c -> units.add(new Batch.Unit(c.name(), c.source(), 1)));
        Batch.Result result = Batch.compile(List.of(), units);
        batchMillis = result.millis();
        List<DynamicNode> tests = new ArrayList<>();
        String all = "all " + units.size() + " in one javac run";
        tests.add(dynamicTest(all, () -> Batch.assertSucceededWithoutWarnings(result.first(), all)));
        for (ShapeCase c : cases) {
            Batch.Outcome outcome = result.outcomes().get(c.name());
            tests.add(dynamicTest(c.toString(), () -> compiles(c, outcome)));
        }
        return tests.stream();
    }

    private static void compiles(ShapeCase c, Batch.Outcome outcome) throws Exception {
        if (!outcome.clean()) {
            fail(c + ": expected no diagnostic; " + outcome.report());
        }
        assertTrue(
                outcome.run().generatedSourceFile("test.BucketMap_" + c.name()).isPresent(),
                c + ": nothing generated, and no diagnostic says why");
        CompiledClasses loader = LOADERS.computeIfAbsent(outcome.run(), CompiledClasses::new);
        Smoke.exercise(loader, c.name(), c.map().keySample(), c.map().valueSample());
    }

    private static void oneError(ShapeCase c) {
        JavaFileObject source = c.source();
        long start = System.nanoTime();
        Compilation compilation = Batch.compile(List.of(source));
        errorMillis += (System.nanoTime() - start) / 1_000_000;
        errorCompilations++;
        try {
            for (String part : c.error()) {
                assertThat(compilation).hadErrorContaining(part).inFile(source).onLineContaining(c.parameterLine());
            }
            assertThat(compilation).hadErrorCount(1);
        } catch (AssertionError e) {
            // compile-testing's own message prints every generated source: list the diagnostics instead.
            throw new AssertionError(c + ": expected exactly one error, on the line \"" + c.parameterLine()
                    + "\", containing " + c.error() + "; got:\n" + Batch.describeAll(compilation));
        }
    }

    @AfterAll
    static void timing() {
        System.out.printf(
                "FunctionalShapesTest: one javac run of the compiling shapes %d ms;" + " %d error compilations %d ms%n",
                batchMillis, errorCompilations, errorMillis);
    }
}
