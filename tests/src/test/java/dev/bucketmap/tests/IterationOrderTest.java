package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.tests.Subject.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Iteration order is randomised per traversal, like Go's {@code range}, and reproducible
 * in a program run with {@code -Dbucketmap.seed}.
 */
class IterationOrderTest {

    enum Traversal {
        FOR_EACH(s -> {
            StringBuilder b = new StringBuilder();
            s.ops().forEach((k, v) -> b.append(k).append(','));
            return b.toString();
        }),
        FOR_EACH_KEY(s -> {
            StringBuilder b = new StringBuilder();
            s.ops().forEachKey(k -> b.append(k).append(','));
            return b.toString();
        }),
        FOR_EACH_VALUE(s -> {
            StringBuilder b = new StringBuilder();
            s.ops().forEachValue(v -> b.append(v).append(','));
            return b.toString();
        }),
        CURSOR(s -> {
            StringBuilder b = new StringBuilder();
            LongStringCursor c = s.ops().cursor();
            while (c.next()) {
                b.append(c.key()).append(',');
            }
            return b.toString();
        }),
        KEYS(s -> Arrays.toString(s.ops().keys())),
        VALUES(s -> Arrays.toString(s.ops().values())),
        TO_STRING(s -> s.map().toString());

        final Function<Subject, String> order;

        Traversal(Function<Subject, String> order) {
            this.order = order;
        }
    }

    @ParameterizedTest
    @EnumSource(Traversal.class)
    void traversalsOfAnUnchangedMapDiffer(Traversal traversal) {
        for (Kind kind : Kind.values()) {
            Subject s = kind.create();
            for (long k = 0; k < 1000; k++) {
                s.ops().put(k * 31, "v" + k);
            }
            Set<String> orders = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                orders.add(traversal.order.apply(s));
            }
            assertTrue(
                    orders.size() >= 2,
                    () -> kind + ": 10 traversals by " + traversal + " of 1,000 entries"
                            + " all came in the same order");
        }
    }

    @Test
    void smallMapsAlsoStartAtRandomSlots() {
        // One bucket (B = 0): only the random slot offset can vary the order.
        Subject s = Kind.JUF.create();
        for (long k = 1; k <= 6; k++) {
            s.ops().put(k, "v" + k);
        }
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            orders.add(Arrays.toString(s.ops().keys()));
        }
        assertTrue(orders.size() >= 2, () -> "50 traversals of a 6-entry map all gave " + orders);
    }

    @Test
    void aSeededProgramRunsIdentically() throws Exception {
        String first = runDemo("-Dbucketmap.seed=42");
        String second = runDemo("-Dbucketmap.seed=42");
        assertEquals(first, second, "two runs with -Dbucketmap.seed=42 printed different output");
        String other = runDemo("-Dbucketmap.seed=43");
        assertNotEquals(first, other, "runs with -Dbucketmap.seed=42 and =43 printed the same output");
        String negative = runDemo("-Dbucketmap.seed=-9223372036854775808");
        assertEquals(
                negative,
                runDemo("-Dbucketmap.seed=-9223372036854775808"),
                "two runs with -Dbucketmap.seed=Long.MIN_VALUE printed different output");
    }

    @Test
    void unseededProgramsDiffer() throws Exception {
        String first = runDemo();
        String second = runDemo();
        assertNotEquals(
                first,
                second,
                "two runs without -Dbucketmap.seed printed the same orders:" + " seeds are predictable across runs");
    }

    private static String runDemo(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SeedDemo.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toString(StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, p.exitValue(), () -> "child JVM " + command + " failed:\n" + out);
        assertTrue(out.lines().count() >= 7, () -> "child JVM printed too little:\n" + out);
        return out;
    }
}
