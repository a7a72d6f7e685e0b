package dev.bucketmap.examples.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Union-find and BFS on generated maps must agree with a plain HashMap computation. */
class GraphExampleTest {

    @TempDir
    Path dir;

    @Test
    void unionFindFindsTheComponentsThatAReferenceSearchFinds() {
        for (int nodes : new int[] {1, 2, 10, 1_000, 30_000}) {
            Edges edges = RandomGraph.generate(nodes, nodes);
            Reference reference = new Reference(edges);
            Analysis analysis = Analysis.of(edges);

            assertEquals(reference.adjacency.size(), analysis.nodes(), nodes + " nodes");
            assertEquals(reference.componentCount(), analysis.components(), nodes + " nodes: components");
            assertEquals(reference.componentOf(analysis.largestRoot()).size(), analysis.largestSize());
            assertEquals(reference.largestComponentSize(), analysis.largestSize());
            assertSamePartition(edges, reference);
        }
    }

    @Test
    void bfsDistancesAreTheReferenceDistances() {
        Edges edges = RandomGraph.generate(20_000, 3);
        Analysis analysis = Analysis.of(edges);
        Map<Long, Integer> expected = new Reference(edges).distancesFrom(analysis.largestRoot());

        assertEquals(expected.size(), analysis.distances().size());
        expected.forEach(
                (node, distance) -> assertEquals(distance, analysis.distances().get(node), "node " + node));
        assertEquals(Distances.UNREACHED, analysis.distances().get(Long.MIN_VALUE + 12345));
        assertTrue(analysis.bfsAgreesWithUnionFind());
    }

    @Test
    void anEdgeListWithCommentsCommasSelfLoopsAndRepeatsIsRead() throws IOException {
        Path file = dir.resolve("edges.txt");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "# a comment",
                        "% another",
                        "",
                        "1 2",
                        "2,3",
                        "3\t1\t0.5 extra",
                        "3 3",
                        "1 2",
                        "-9000000000000000000 9000000000000000000",
                        "40 50"));

        Edges edges = EdgeListReader.read(file);
        assertEquals(7, edges.count());
        assertArrayEquals(new long[] {1, 2, 3, 3, 1, -9_000_000_000_000_000_000L, 40}, Arrays.copyOf(edges.from(), 7));

        Analysis analysis = Analysis.of(edges);
        assertEquals(7, analysis.nodes());
        assertEquals(3, analysis.components());
        assertEquals(3, analysis.largestSize());
        assertEquals(
                new Reference(edges).distancesFrom(analysis.largestRoot()).size(),
                analysis.distances().size());
    }

    @Test
    void programPrintsTheReportAndExitsZero() {
        Output output = new Output();
        int status = GraphExample.run(new String[] {"20,000"}, output.out, output.err);

        String printed = output.out();
        assertEquals(GraphExample.OK, status, printed + output.err());
        assertEquals("", output.err());
        assertTrue(printed.contains("20,000 nodes, 20,000 edges"), printed);
        assertTrue(printed.contains("connected components; the largest has"), printed);
        assertTrue(printed.contains("overflow buckets in use"), printed);
        assertTrue(printed.contains("OK: the BFS reached exactly the nodes"), printed);
    }

    @Test
    void badArgumentsAndBadFilesAreOneLineAndExitCodeTwo() throws IOException {
        Path badLine = dir.resolve("bad.txt");
        Files.writeString(badLine, "1 2\n3 x\n");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing here\n");
        String[][] cases = {
            {"0"},
            {"-5"},
            {"99999999999"},
            {"1", "2"},
            {dir.resolve("missing.txt").toString()},
            {badLine.toString()},
            {empty.toString()}
        };
        for (String[] args : cases) {
            Output output = new Output();
            int status = GraphExample.run(args, output.out, output.err);

            assertEquals(GraphExample.USAGE, status, String.join(" ", args) + ": " + output.err());
            assertEquals("", output.out());
            assertTrue(output.err().startsWith("GraphExample: "), output.err());
            assertEquals(1, output.err().lines().count(), output.err());
        }
        Output output = new Output();
        GraphExample.run(new String[] {badLine.toString()}, output.out, output.err);
        assertTrue(output.err().contains("line 2: expected two node ids, found \"3 x\""), output.err());
    }

    /** Every edge joins one union-find set, and nodes the reference separates are in different sets. */
    private static void assertSamePartition(Edges edges, Reference reference) {
        UnionFind unionFind = new UnionFind(reference.adjacency.size());
        reference.adjacency.keySet().forEach(unionFind::add);
        for (int i = 0; i < edges.count(); i++) {
            unionFind.union(edges.from()[i], edges.to()[i]);
        }
        Map<Long, Long> rootOfReferenceComponent = new HashMap<>();
        Set<Long> rootsSeen = new HashSet<>();
        for (List<Long> component : reference.components()) {
            long root = unionFind.find(component.get(0));
            assertTrue(rootsSeen.add(root), "two reference components share a union-find root");
            for (long node : component) {
                assertEquals(root, unionFind.find(node), "node " + node);
                rootOfReferenceComponent.put(node, root);
            }
        }
        assertEquals(reference.adjacency.size(), rootOfReferenceComponent.size());
    }

    /** The same graph in a HashMap of neighbour lists, searched the textbook way. */
    private static final class Reference {
        final Map<Long, List<Long>> adjacency = new HashMap<>();

        Reference(Edges edges) {
            for (int i = 0; i < edges.count(); i++) {
                long a = edges.from()[i];
                long b = edges.to()[i];
                adjacency.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                adjacency.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
            for (long node : edges.isolated()) {
                adjacency.computeIfAbsent(node, k -> new ArrayList<>());
            }
        }

        Map<Long, Integer> distancesFrom(long start) {
            Map<Long, Integer> distances = new HashMap<>();
            ArrayDeque<Long> queue = new ArrayDeque<>();
            distances.put(start, 0);
            queue.add(start);
            while (!queue.isEmpty()) {
                long node = queue.poll();
                for (long next : adjacency.get(node)) {
                    if (!distances.containsKey(next)) {
                        distances.put(next, distances.get(node) + 1);
                        queue.add(next);
                    }
                }
            }
            return distances;
        }

        Set<Long> componentOf(long node) {
            return distancesFrom(node).keySet();
        }

        List<List<Long>> components() {
            Set<Long> seen = new HashSet<>();
            List<List<Long>> components = new ArrayList<>();
            for (long node : adjacency.keySet()) {
                if (!seen.contains(node)) {
                    List<Long> component = new ArrayList<>(componentOf(node));
                    seen.addAll(component);
                    components.add(component);
                }
            }
            return components;
        }

        int componentCount() {
            return components().size();
        }

        int largestComponentSize() {
            return components().stream().mapToInt(List::size).max().orElse(0);
        }
    }

    private static final class Output {
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }
}
