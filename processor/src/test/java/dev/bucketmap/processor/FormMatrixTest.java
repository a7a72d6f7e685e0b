package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import dev.bucketmap.processor.MatrixKinds.Kind;
import dev.bucketmap.processor.model.Form;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every key kind × every value kind, each with every method form that applies, must generate a
 * class that compiles with {@code -Xlint:all,-processing -Werror} without a single warning, and
 * that class must load and work.
 *
 * <p>The matrix: 14 key kinds (byte, short, char, int, long, float, double, String, a record, an
 * enum, an ordinary class, an interface, {@code List<String>} with {@code key = List.class},
 * {@code Map<String, Integer>} with {@code key = Map.class}) × 17 value kinds (the 8 primitives,
 * String, a record, an enum, Object, int[], long[], String[], {@code List<String>} and
 * {@code List<?>} with {@code value = List.class}) = 238 pairs, each as two interfaces: 476
 * interfaces. The plain interface of a pair declares all 26 forms of {@link Form} (25 when the
 * value is not numeric, without addValue), its functional parameters as {@code java.util.function}
 * types with boxes; the one that extends {@code java.util.Map<Kb, Vb>} declares 25 (24: not
 * {@code V[] values()}, which Map's {@code values()} excludes), its functional parameters as its
 * own interfaces with the primitive types. 11,858 form declarations in all.
 *
 * <p>One javac run per key kind compiles its 34 interfaces (see {@link Batch}: a failed run is
 * followed by runs without the interfaces it blamed, so one defect cannot hide another). Each
 * interface is a test of its own, whose failure lists the diagnostics in its source and its
 * generated class; then its class is loaded and every declared form called once ({@link Smoke}).
 */
class FormMatrixTest {
    /** Class loaders, one per passing javac run. */
    private final Map<Compilation, CompiledClasses> loaders = new IdentityHashMap<>();

    @TestFactory
    Stream<DynamicNode> everyFormOfEveryKeyKindTimesEveryValueKind() {
        return MatrixKinds.KEYS.stream()
                .map(key -> dynamicContainer("key " + key, Stream.of(key).flatMap(this::keyKind)));
    }

    /** The tests of one key kind; its javac runs happen when JUnit first asks for them. */
    private Stream<DynamicNode> keyKind(Kind key) {
        loaders.clear(); // the previous key kind's tests have run
        List<Batch.Unit> units = new ArrayList<>();
        List<Kind> valueOf = new ArrayList<>();
        for (Kind value : MatrixKinds.VALUES) {
            for (boolean asMap : new boolean[] {false, true}) {
                units.add(MatrixSource.unit(key, value, asMap));
                valueOf.add(value);
            }
        }
        Batch.Result result = Batch.compile(List.of(MatrixKinds.helperSource()), units);
        System.out.printf(
                "FormMatrixTest: key %s: %d interfaces, %d forms, %d javac run(s), %d ms%n",
                key,
                units.size(),
                units.stream().mapToInt(Batch.Unit::forms).sum(),
                result.runs().size(),
                result.millis());
        List<DynamicNode> tests = new ArrayList<>();
        String all = "all " + units.size() + " interfaces of key " + key + " in one javac run";
        tests.add(dynamicTest(all, () -> Batch.assertSucceededWithoutWarnings(result.first(), all)));
        for (int i = 0; i < units.size(); i++) {
            Batch.Outcome outcome = result.outcomes().get(units.get(i).name());
            Kind value = valueOf.get(i);
            tests.add(dynamicTest(units.get(i).name(), () -> check(outcome, key, value)));
        }
        return tests.stream();
    }

    private void check(Batch.Outcome outcome, Kind key, Kind value) throws Exception {
        if (!outcome.clean()) {
            fail(outcome.report());
        }
        String name = outcome.unit().name();
        assertTrue(
                outcome.run().generatedSourceFile("test.BucketMap_" + name).isPresent(),
                "no BucketMap_" + name + " was generated, and no diagnostic says why");
        CompiledClasses loader = loaders.computeIfAbsent(outcome.run(), CompiledClasses::new);
        Smoke.exercise(
                loader, name, Smoke.sample(loader, "key:" + key.id()), Smoke.sample(loader, "value:" + value.id()));
    }

    @Test
    void matrixSize() {
        assertEquals(14, MatrixKinds.KEYS.size());
        assertEquals(17, MatrixKinds.VALUES.size());
        Kind longs = MatrixKinds.KEYS.get(4);
        Kind ints = MatrixKinds.VALUES.get(3);
        Kind strings = MatrixKinds.VALUES.get(8);
        assertEquals("long int String", longs.type() + " " + ints.type() + " " + strings.type());
        int all = Form.of(false).size();
        assertEquals(all, MatrixSource.unit(longs, ints, false).forms(), "every form, for a numeric value");
        assertEquals(all - 1, MatrixSource.unit(longs, strings, false).forms(), "all but addValue");
        assertEquals(all - 1, MatrixSource.unit(longs, ints, true).forms(), "all but values()");
        assertEquals(all - 2, MatrixSource.unit(longs, strings, true).forms());
        int forms = 0;
        for (Kind k : MatrixKinds.KEYS) {
            for (Kind v : MatrixKinds.VALUES) {
                forms += MatrixSource.unit(k, v, false).forms()
                        + MatrixSource.unit(k, v, true).forms();
            }
        }
        assertEquals(11_858, forms);
    }
}
