package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide's figure for the size of a generated class is measured, not remembered: this
 * generates the classes of {@link ProcessingSpeed}'s interfaces (every key kind with every value
 * kind, four sets of forms) and checks that the shortest and the longest are within 10% of the
 * range the user guide gives, and that the class of an interface extending {@code java.util.Map} is
 * within 10% of its figure.
 */
class GeneratedSizeTest {
    private static final Pattern FIGURE =
            Pattern.compile("generated\\s+classes\\s+\\(([0-9,]+)\\s+to\\s+([0-9,]+)\\s+lines\\s+each");
    private static final Pattern MAP_FIGURE =
            Pattern.compile("one\\s+that\\s+extends\\s+`java.util.Map`\\s+about\\s+([0-9,]+)");

    @TempDir
    Path dir;

    @Test
    void theReadmeGivesTheMeasuredLinesPerGeneratedClass() throws Exception {
        List<Integer> lines = generatedLines(72);
        int shortest = lines.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int longest = lines.stream().mapToInt(Integer::intValue).max().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "generated classes: %d, %d to %d lines, median %d%n",
                lines.size(),
                shortest,
                longest,
                lines.stream().sorted().toList().get(lines.size() / 2));

        String readme = Files.readString(Path.of("../docs/guide.md"), StandardCharsets.UTF_8);
        Matcher figure = FIGURE.matcher(readme);
        assertTrue(figure.find(), "docs/guide.md says \"generated classes (N to M lines each\"");
        int low = Integer.parseInt(figure.group(1).replace(",", ""));
        int high = Integer.parseInt(figure.group(2).replace(",", ""));
        String measured = "measured " + shortest + " to " + longest + " lines; docs/guide.md says " + figure.group(1)
                + " to " + figure.group(2) + ": update docs/guide.md";
        assertTrue(Math.abs(shortest - low) <= low / 10, measured);
        assertTrue(Math.abs(longest - high) <= high / 10, measured);

        Path map = Files.createDirectories(dir.resolve("map/speed")).resolve("UserMap.java");
        Files.writeString(map, """
        package speed;
        @dev.bucketmap.BucketMap(key = long.class, value = String.class)
        public interface UserMap extends java.util.Map<Long, String> {}
        """);
        int mapLines = lines(List.of(map), dir.resolve("map-out")).get(0);
        System.out.printf(Locale.ROOT, "a java.util.Map: %d lines%n", mapLines);
        Matcher mapFigure = MAP_FIGURE.matcher(readme);
        assertTrue(mapFigure.find(), "docs/guide.md says \"one that extends `java.util.Map` about N\"");
        int documented = Integer.parseInt(mapFigure.group(1).replace(",", ""));
        assertTrue(
                Math.abs(mapLines - documented) <= documented / 10,
                "measured " + mapLines + " lines for a java.util.Map; docs/guide.md says " + mapFigure.group(1));
    }

    /** Runs only the processor (no compilation) on {@code count} interfaces; each class's lines. */
    private List<Integer> generatedLines(int count) throws IOException, URISyntaxException {
        List<Integer> lines = lines(ProcessingSpeed.writeSources(dir.resolve("src"), count), dir.resolve("out"));
        assertEquals(count, lines.size(), "one class per interface");
        return lines;
    }

    /** The lines of each class that the processor generates for {@code sources}. */
    private static List<Integer> lines(List<Path> sources, Path outDir) throws IOException, URISyntaxException {
        Path out = Files.createDirectories(outDir);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(
                    null,
                    files,
                    diagnostics,
                    List.of(
                            "--release",
                            "17",
                            "-proc:only",
                            "-s",
                            out.toString(),
                            "-d",
                            out.toString(),
                            "-classpath",
                            location(dev.bucketmap.BucketMap.class)
                                    + File.pathSeparator
                                    + location(dev.bucketmap.runtime.MapStats.class)),
                    null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new BucketMapProcessor()));
            assertTrue(task.call(), "processing failed: " + diagnostics.getDiagnostics());
        }
        List<Integer> lines = new ArrayList<>();
        try (Stream<Path> generated = Files.walk(out)) {
            for (Path file : generated
                    .filter(f -> f.getFileName().toString().startsWith("BucketMap_"))
                    .toList()) {
                lines.add((int)
                        Files.readString(file, StandardCharsets.UTF_8).lines().count());
            }
        }
        return lines;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
