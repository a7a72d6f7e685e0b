package dev.bucketmap.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * How much time bucketmap adds to a build: compiles a set of annotated interfaces of varied key
 * kinds, value kinds and forms in-process with javac, without and with the processor, after a
 * warm-up, and prints the difference per interface. Two numbers: the whole cost to the build
 * (the processor's rounds plus compiling what it generated), and the processor's own share
 * (reading, validating, generating and writing). Each is given as wall time and as CPU time of
 * the compiling thread; on a machine shared with other work the CPU time is the steadier one.
 *
 * <pre>
 * mvn -B -q install -pl processor -am -DskipTests
 * mvn -B -q -pl processor exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.bucketmap.processor.ProcessingSpeed -Dexec.args="200 5"
 * </pre>
 *
 * Arguments: the number of interfaces (200) and of measured runs per variant (5; the median is
 * printed). {@link ProcessingSpeedTest} runs a small instance with every build.
 */
public final class ProcessingSpeed {
    private static final String[] KEYS = {"byte", "short", "char", "int", "long", "float", "double", "String"};
    private static final String[] VALUES = {
        "byte", "short", "char", "int", "long", "float", "double", "boolean", "String"
    };

    /** Medians in milliseconds: {@code wall} and {@code cpu} each hold without, with, processor. */
    record Result(int interfaces, double[] wall, double[] cpu) {
        double withoutMs() {
            return wall[0];
        }

        double withMs() {
            return wall[1];
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d interfaces, javac without the processor / with it (median of runs):%n"
                            + "  wall %.0f ms / %.0f ms, CPU of the compiling thread %.0f ms / %.0f ms%n"
                            + "  added by bucketmap per interface (processor rounds + compiling the generated"
                            + " classes): wall %.1f ms, CPU %.1f ms%n"
                            + "  of which the processor itself (read, validate, generate, write): wall %.1f ms,"
                            + " CPU %.1f ms",
                    interfaces,
                    wall[0],
                    wall[1],
                    cpu[0],
                    cpu[1],
                    (wall[1] - wall[0]) / interfaces,
                    (cpu[1] - cpu[0]) / interfaces,
                    wall[2] / interfaces,
                    cpu[2] / interfaces);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The annotations and the runtime, wherever this class was loaded from (Surefire, exec:java). */
    private static final String CLASS_PATH = location(dev.bucketmap.BucketMap.class)
            + java.io.File.pathSeparator
            + location(dev.bucketmap.runtime.MapStats.class);

    private ProcessingSpeed() {}

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        System.out.println(measure(count, 3, runs).describe());
    }

    /** Compiles {@code count} interfaces {@code warmups + runs} times each way. */
    static Result measure(int count, int warmups, int runs) throws IOException {
        Path dir = Files.createTempDirectory("bucketmap-speed");
        try {
            List<Path> sources = writeSources(dir.resolve("src"), count);
            for (int i = 0; i < warmups; i++) {
                compile(dir, sources, false);
                compile(dir, sources, true);
            }
            // [run][without wall, without cpu, with wall, with cpu, processor wall, processor cpu]
            double[][] samples = new double[6][runs];
            for (int i = 0; i < runs; i++) {
                double[] without = compile(dir, sources, false);
                double[] with = compile(dir, sources, true);
                samples[0][i] = without[0];
                samples[1][i] = without[1];
                samples[2][i] = with[0];
                samples[3][i] = with[1];
                samples[4][i] = with[2];
                samples[5][i] = with[3];
            }
            return new Result(
                    count,
                    new double[] {median(samples[0]), median(samples[2]), median(samples[4])},
                    new double[] {median(samples[1]), median(samples[3]), median(samples[5])});
        } finally {
            delete(dir);
        }
    }

    /** {wall ms, CPU ms, wall ms in the processor, CPU ms in the processor} of one javac run. */
    private static double[] compile(Path dir, List<Path> sources, boolean withProcessor) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Timed timed = new Timed(new BucketMapProcessor());
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(
                    List.of("--release", "17", "-d", out.toString(), "-s", out.toString(), "-classpath", CLASS_PATH));
            if (!withProcessor) {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task =
                    javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
            if (withProcessor) {
                task.setProcessors(List.of(timed));
            }
            if (!task.call()) {
                throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
            }
        }
        double wall = (System.nanoTime() - start) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
        delete(out);
        return new double[] {wall, cpu, timed.nanos / 1e6, timed.cpuNanos / 1e6};
    }

    /** Writes {@code count} interfaces: every key and value kind, and four sets of forms. */
    static List<Path> writeSources(Path dir, int count) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("speed"));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String k = KEYS[i % KEYS.length];
            String v = VALUES[(i / KEYS.length) % VALUES.length];
            String name = "Map" + i;
            Path file = pkg.resolve(name + ".java");
            Files.writeString(file, source(name, k, v, i % 4));
            sources.add(file);
        }
        return sources;
    }

    private static String source(String name, String k, String v, int variant) {
        String kb = box(k);
        String vb = box(v);
        StringBuilder s = new StringBuilder()
                .append("package speed;\n")
                .append("import dev.bucketmap.BucketMap;\n")
                .append("import java.util.function.*;\n")
                .append("@BucketMap(key = ")
                .append(k)
                .append(".class, value = ")
                .append(v)
                .append(".class)\n")
                .append("public interface ")
                .append(name)
                .append(" {\n")
                .append("  ")
                .append(v)
                .append(" get(")
                .append(k)
                .append(" key);\n")
                .append("  ")
                .append(v)
                .append(" put(")
                .append(k)
                .append(" key, ")
                .append(v)
                .append(" value);\n")
                .append("  ")
                .append(v)
                .append(" remove(")
                .append(k)
                .append(" key);\n")
                .append("  int size();\n");
        switch (variant) {
            case 0 ->
                s.append("  ")
                        .append(v)
                        .append(" compute(")
                        .append(k)
                        .append(" key, BiFunction<")
                        .append(kb)
                        .append(", ")
                        .append(vb)
                        .append(", ")
                        .append(vb)
                        .append("> fn);\n")
                        .append("  ")
                        .append(v)
                        .append(" merge(")
                        .append(k)
                        .append(" key, ")
                        .append(v)
                        .append(" value, BinaryOperator<")
                        .append(vb)
                        .append("> fn);\n");
            case 1 ->
                s.append("  void forEach(BiConsumer<")
                        .append(kb)
                        .append(", ")
                        .append(vb)
                        .append("> action);\n")
                        .append("  ")
                        .append(k)
                        .append("[] keys();\n")
                        .append("  ")
                        .append(v)
                        .append("[] values();\n");
            case 2 ->
                s.append("  Cursor cursor();\n")
                        .append("  interface Cursor { boolean next(); ")
                        .append(k)
                        .append(" key(); ")
                        .append(v)
                        .append(" value(); void remove(); }\n");
            default ->
                s.append("  boolean containsKey(")
                        .append(k)
                        .append(" key);\n")
                        .append("  ")
                        .append(v)
                        .append(" getOrDefault(")
                        .append(k)
                        .append(" key, ")
                        .append(v)
                        .append(" dflt);\n")
                        .append("  ")
                        .append(v)
                        .append(" putIfAbsent(")
                        .append(k)
                        .append(" key, ")
                        .append(v)
                        .append(" value);\n")
                        .append("  void clear();\n");
        }
        return s.append("}\n").toString();
    }

    private static String box(String type) {
        return switch (type) {
            case "int" -> "Integer";
            case "char" -> "Character";
            case "String" -> "String";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1);
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Delegates to a processor and adds up the time spent in it. */
    private static final class Timed extends AbstractProcessor {
        private final Processor delegate;
        long nanos;
        long cpuNanos;

        Timed(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            super.init(env);
            delegate.init(env);
            nanos += System.nanoTime() - start;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - startCpu;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            try {
                return delegate.process(annotations, round);
            } finally {
                nanos += System.nanoTime() - start;
                cpuNanos += THREADS.getCurrentThreadCpuTime() - startCpu;
            }
        }
    }
}
