package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.BucketMap;
import dev.bucketmap.runtime.MapStats;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Checks the jars as they are released, after {@code package}: Failsafe runs this with the
 * processor's own jar on the class path (not target/classes), and the annotations and runtime
 * jars beside it. The annotations and runtime jars are named modules, the processor an automatic
 * one; each jar has sources and javadoc jars beside it, each of those
 * nine jars carries the licence, the two libraries that users put on their class path depend on
 * nothing, and the poms say what Maven Central asks of a published pom.
 */
class ReleaseArtifactsIT {
    /**
     * The README's table of artifacts gives each jar's size ("| `dev.bucketmap:bucketmap-runtime` |
     * ... | 18 kB |") and JavaPoet's ("JavaPoet (109 kB)"); each must be within 10% of the jar
     * measured here, so the figures cannot go stale.
     */
    @Test
    void theReadmeGivesTheJarSizes() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (Class<?> type : LIBRARIES) {
            Path jar = location(type);
            String artifactId = jar.getFileName().toString().replaceFirst("-\\d.*", "");
            Matcher row = Pattern.compile("\\| `dev\\.bucketmap:" + artifactId + "` \\|[^\\n]*?\\| ([0-9.]+) kB \\|")
                    .matcher(readme);
            assertTrue(row.find(), "README.md's table gives the size of " + artifactId);
            assertSize(jar, Double.parseDouble(row.group(1)));
        }
        Matcher javapoet = Pattern.compile("JavaPoet \\(([0-9.]+) kB\\)").matcher(readme);
        assertTrue(javapoet.find(), "README.md gives JavaPoet's size");
        assertSize(location(com.palantir.javapoet.JavaFile.class), Double.parseDouble(javapoet.group(1)));
    }

    private static void assertSize(Path jar, double documentedKb) throws IOException {
        double kb = Files.size(jar) / 1000.0;
        assertTrue(
                Math.abs(kb - documentedKb) <= documentedKb / 10,
                String.format(
                        java.util.Locale.ROOT,
                        "%s is %.1f kB, README.md says %s kB: update README.md",
                        jar.getFileName(),
                        kb,
                        documentedKb));
    }

    /** The repository's root, from processor/ where Failsafe runs. */
    private static final Path ROOT = Path.of("..");

    private static final Class<?>[] LIBRARIES = {BucketMap.class, MapStats.class, BucketMapProcessor.class};

    @Test
    void processorJarDeclaresItselfAnIsolatingGradleProcessor() throws Exception {
        try (JarFile jar = jarOf(BucketMapProcessor.class)) {
            assertEquals(
                    "dev.bucketmap.processor.BucketMapProcessor,isolating",
                    text(jar, "META-INF/gradle/incremental.annotation.processors")
                            .trim());
            assertEquals(
                    "dev.bucketmap.processor.BucketMapProcessor",
                    text(jar, "META-INF/services/javax.annotation.processing.Processor")
                            .trim());
            assertEquals("dev.bucketmap.processor", moduleName(jar));
        }
        ModuleDescriptor processor = descriptor(BucketMapProcessor.class);
        assertTrue(processor.isAutomatic(), "the processor is an automatic module");
        assertEquals("dev.bucketmap.processor", processor.name());
    }

    @Test
    void annotationsJarIsTheModuleDevBucketmapAndHasNoDependencies() throws Exception {
        assertNamedModule(BucketMap.class, "dev.bucketmap");
        try (JarFile jar = jarOf(BucketMap.class)) {
            assertNoDependencies(jar, "bucketmap-annotations");
        }
    }

    @Test
    void runtimeJarIsTheModuleDevBucketmapRuntimeAndHasNoDependencies() throws Exception {
        assertNamedModule(MapStats.class, "dev.bucketmap.runtime");
        try (JarFile jar = jarOf(MapStats.class)) {
            assertNoDependencies(jar, "bucketmap-runtime");
        }
    }

    @Test
    void sourcesAndJavadocJarsAreBuiltBesideEachJar() throws Exception {
        for (Class<?> type : LIBRARIES) {
            Path jar = location(type);
            String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            String source = type.getName().replace('.', '/') + ".java";
            try (JarFile sources =
                    new JarFile(jar.resolveSibling(base + "-sources.jar").toFile())) {
                assertNotNull(sources.getEntry(source), source + " in the sources jar of " + jar);
            }
            try (JarFile javadoc =
                    new JarFile(jar.resolveSibling(base + "-javadoc.jar").toFile())) {
                // Javadoc of modules (the processor's automatic one too): pages under the module's name.
                String page = type.getName().replace('.', '/') + ".html";
                String module = descriptor(type).name() + "/";
                assertNotNull(javadoc.getEntry(module + page), module + page + " in the javadoc jar of " + jar);
            }
        }
    }

    @Test
    void everyJarCarriesTheLicence() throws Exception {
        String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        assertTrue(
                licence.contains("Apache License")
                        && licence.contains("Version 2.0, January 2004")
                        && licence.contains("END OF TERMS AND CONDITIONS"),
                "LICENSE is the Apache License 2.0");
        for (Class<?> type : LIBRARIES) {
            Path jar = location(type);
            String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            for (String name : new String[] {base + ".jar", base + "-sources.jar", base + "-javadoc.jar"}) {
                try (JarFile file = new JarFile(jar.resolveSibling(name).toFile())) {
                    assertEquals(licence, text(file, "META-INF/LICENSE"), "META-INF/LICENSE in " + name);
                }
            }
        }
    }

    /**
     * What Maven Central requires of every pom it publishes: name, description, url, licences,
     * developers and scm. The modules inherit the last four from the parent; each names and
     * describes itself.
     */
    @Test
    void pomsHaveWhatMavenCentralRequires() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        String project = parent.substring(0, parent.indexOf("<modules>"));
        for (String element : new String[] {"name", "description", "url"}) {
            assertTrue(!element(project, element).isBlank(), "<" + element + "> in the parent pom");
        }
        String licences = element(project, "licenses");
        assertEquals("Apache-2.0", element(licences, "name"));
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", element(licences, "url"));
        assertTrue(!element(element(project, "developers"), "name").isBlank(), "a developer's <name>");
        String scm = element(project, "scm");
        for (String element : new String[] {"connection", "developerConnection", "url"}) {
            assertTrue(!element(scm, element).isBlank(), "<scm><" + element + "> in the parent pom");
        }
        for (Class<?> type : LIBRARIES) {
            try (JarFile jar = jarOf(type)) {
                String artifactId = location(type).getFileName().toString().replaceFirst("-\\d.*", "");
                String pom = text(jar, "META-INF/maven/dev.bucketmap/" + artifactId + "/pom.xml");
                String own = pom.substring(pom.indexOf("</parent>"));
                assertTrue(
                        element(pom, "parent").contains("<artifactId>bucketmap-parent</artifactId>"),
                        artifactId + " inherits the parent's metadata");
                assertTrue(!element(own, "name").isBlank(), "<name> in the pom of " + artifactId);
                assertTrue(!element(own, "description").isBlank(), "<description> in the pom of " + artifactId);
            }
        }
    }

    /** The text of the first {@code <name>} element of {@code xml}, or "" if it has none. */
    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        return m.find() ? m.group(1).trim() : "";
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        Path path =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(
                Files.isRegularFile(path) && path.toString().endsWith(".jar"),
                type.getSimpleName() + " was loaded from " + path + ", not from a jar: run `mvn verify`");
        return path;
    }

    private static JarFile jarOf(Class<?> type) throws IOException, URISyntaxException {
        return new JarFile(location(type).toFile());
    }

    /**
     * The jar holding {@code type} is a real module (a module-info.class, not a manifest name)
     * named {@code name}, exporting its one package and reading nothing but java.base.
     */
    private static void assertNamedModule(Class<?> type, String name) throws Exception {
        ModuleDescriptor module = descriptor(type);
        assertFalse(module.isAutomatic(), location(type) + " has a module-info.class");
        assertEquals(name, module.name());
        assertEquals(
                Set.of(type.getPackageName()),
                module.exports().stream()
                        .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                        .collect(Collectors.toSet()));
        assertEquals(
                Set.of("java.base"),
                module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of(), module.opens());
    }

    private static ModuleDescriptor descriptor(Class<?> type) throws URISyntaxException {
        Set<ModuleReference> found = ModuleFinder.of(location(type)).findAll();
        assertEquals(1, found.size(), "one module in " + location(type));
        return found.iterator().next().descriptor();
    }

    private static String moduleName(JarFile jar) throws IOException {
        return jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }

    private static String text(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertNotNull(entry, name + " in " + jar.getName());
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The pom that Maven packs into the jar lists no dependency but test-scoped ones. */
    private static void assertNoDependencies(JarFile jar, String artifactId) throws IOException {
        String pom = text(jar, "META-INF/maven/dev.bucketmap/" + artifactId + "/pom.xml");
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                .matcher(pom);
        while (dependency.find()) {
            assertTrue(
                    dependency.group(1).contains("<scope>test</scope>"),
                    artifactId + " must depend on nothing at run time, but its pom has:" + dependency.group());
        }
    }
}
