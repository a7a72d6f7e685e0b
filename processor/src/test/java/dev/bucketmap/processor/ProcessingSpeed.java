package dev.bucketmap.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * (reading, validating, generating and writing).
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
  private static final String[] KEYS = {
    "byte", "short", "char", "int", "long", "float", "double", "String"
  };
  private static final String[] VALUES = {
    "byte", "short", "char", "int", "long", "float", "double", "boolean", "String"
  };

  /** Medians in milliseconds of one measurement. */
  record Result(int interfaces, double withoutMs, double withMs, double processorMs) {
    double addedPerInterface() {
      return (withMs - withoutMs) / interfaces;
    }

    double processorPerInterface() {
      return processorMs / interfaces;
    }

    String describe() {
      return String.format(Locale.ROOT,
          "%d interfaces: javac without the processor %.0f ms, with it %.0f ms (median of runs)%n"
              + "  added by bucketmap: %.1f ms per interface (processor rounds + compiling the"
              + " generated classes)%n"
              + "  of which the processor itself: %.1f ms per interface (read, validate, generate,"
              + " write)",
          interfaces, withoutMs, withMs, addedPerInterface(), processorPerInterface());
    }
  }

  /** The annotations and the runtime, wherever this class was loaded from (Surefire, exec:java). */
  private static final String CLASS_PATH =
      location(dev.bucketmap.BucketMap.class) + java.io.File.pathSeparator
          + location(dev.bucketmap.runtime.MapStats.class);

  private ProcessingSpeed() {}

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
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
      double[] without = new double[runs];
      double[] with = new double[runs];
      double[] processor = new double[runs];
      for (int i = 0; i < runs; i++) {
        without[i] = compile(dir, sources, false)[0];
        double[] timed = compile(dir, sources, true);
        with[i] = timed[0];
        processor[i] = timed[1];
      }
      return new Result(count, median(without), median(with), median(processor));
    } finally {
      delete(dir);
    }
  }

  /** {total ms, ms inside the processor} of one javac run. */
  private static double[] compile(Path dir, List<Path> sources, boolean withProcessor)
      throws IOException {
    Path out = Files.createTempDirectory(dir, "out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Timed timed = new Timed(new BucketMapProcessor());
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = new ArrayList<>(List.of(
          "--release", "17", "-d", out.toString(), "-s", out.toString(),
          "-classpath", CLASS_PATH));
      if (!withProcessor) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(
          null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (withProcessor) {
        task.setProcessors(List.of(timed));
      }
      if (!task.call()) {
        throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
      }
    }
    double total = (System.nanoTime() - start) / 1e6;
    delete(out);
    return new double[] {total, timed.nanos / 1e6};
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
        .append("@BucketMap(key = ").append(k).append(".class, value = ").append(v).append(".class)\n")
        .append("public interface ").append(name).append(" {\n")
        .append("  ").append(v).append(" get(").append(k).append(" key);\n")
        .append("  ").append(v).append(" put(").append(k).append(" key, ").append(v).append(" value);\n")
        .append("  ").append(v).append(" remove(").append(k).append(" key);\n")
        .append("  int size();\n");
    switch (variant) {
      case 0 -> s.append("  ").append(v).append(" compute(").append(k).append(" key, BiFunction<")
          .append(kb).append(", ").append(vb).append(", ").append(vb).append("> fn);\n")
          .append("  ").append(v).append(" merge(").append(k).append(" key, ").append(v)
          .append(" value, BinaryOperator<").append(vb).append("> fn);\n");
      case 1 -> s.append("  void forEach(BiConsumer<").append(kb).append(", ").append(vb).append("> action);\n")
          .append("  ").append(k).append("[] keys();\n")
          .append("  ").append(v).append("[] values();\n");
      case 2 -> s.append("  Cursor cursor();\n")
          .append("  interface Cursor { boolean next(); ").append(k).append(" key(); ").append(v)
          .append(" value(); void remove(); }\n");
      default -> s.append("  boolean containsKey(").append(k).append(" key);\n")
          .append("  ").append(v).append(" getOrDefault(").append(k).append(" key, ").append(v).append(" dflt);\n")
          .append("  ").append(v).append(" putIfAbsent(").append(k).append(" key, ").append(v).append(" value);\n")
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

    Timed(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      long start = System.nanoTime();
      super.init(env);
      delegate.init(env);
      nanos += System.nanoTime() - start;
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
      try {
        return delegate.process(annotations, round);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }
}
