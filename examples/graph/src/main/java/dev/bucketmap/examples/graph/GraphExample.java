package dev.bucketmap.examples.graph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Graph algorithms on {@code long} node ids, the way ids come from a database: connected
 * components by union-find over a {@code long → long} map of parents, and BFS distances in a
 * {@code long → int} map, on a random graph of millions of nodes or on an edge-list file.
 * Prints the time of each step, the components, the distances, and every map's {@code stats()}.
 *
 * <p>Usage: {@code GraphExample [nodes | edge-list file]}; default: a random graph of 2,000,000
 * nodes. Exit codes: 0 when the BFS reached exactly the nodes union-find grouped with its start,
 * 1 when it did not, 2 for a bad argument or a bad edge-list file, 3 when the heap is too small.
 */
public final class GraphExample {

    static final int DEFAULT_NODES = 2_000_000;
    static final int MAX_NODES = 50_000_000;
    /** The random graph is the same on every run; the maps' hash seeds are not (see -Dbucketmap.seed). */
    static final long GRAPH_SEED = 7;

    static final int OK = 0;
    static final int MISMATCH = 1;
    static final int USAGE = 2;
    static final int OUT_OF_MEMORY = 3;

    private static final String USAGE_LINE = String.format(
            Locale.ROOT,
            "usage: GraphExample [nodes | edge-list file]   (nodes: 1 to %,d, default %,d)",
            MAX_NODES,
            DEFAULT_NODES);

    private GraphExample() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Everything {@link #main} does, without exiting: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE_LINE);
            return OK;
        }
        if (args.length > 1) {
            err.println("GraphExample: expected at most one argument, got " + args.length + "; " + USAGE_LINE);
            return USAGE;
        }
        try {
            Edges edges = edges(args.length == 0 ? null : args[0]);
            if (edges.count() == 0 && edges.isolated().length == 0) {
                err.println("GraphExample: " + args[0] + " has no edges");
                return USAGE;
            }
            out.println("bucketmap example: connected components and BFS on a graph with long node ids");
            out.println("Graph: " + edges.description());
            Analysis analysis = Analysis.of(edges);
            GraphReport.print(analysis, out);
            if (!analysis.bfsAgreesWithUnionFind()) {
                out.println("THE BFS AND UNION-FIND DISAGREE about the largest component.");
                return MISMATCH;
            }
            out.println("OK: the BFS reached exactly the nodes that union-find put in the start's component.");
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("GraphExample: " + e.getMessage() + "; " + USAGE_LINE);
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("GraphExample: no such file: " + e.getFile());
            return USAGE;
        } catch (EdgeListReader.BadLineException e) {
            err.println("GraphExample: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("GraphExample: cannot read the edge list: " + e);
            return USAGE;
        } catch (OutOfMemoryError e) {
            err.println("GraphExample: not enough heap for this graph; give fewer nodes or a larger -Xmx"
                    + " (MAVEN_OPTS for exec:java)");
            return OUT_OF_MEMORY;
        }
    }

    /** A random graph for no argument or a number, else the edge-list file it names. */
    static Edges edges(String arg) throws IOException {
        if (arg == null) {
            return RandomGraph.generate(DEFAULT_NODES, GRAPH_SEED);
        }
        String number = arg.strip().replace("_", "").replace(",", "");
        if (!number.isEmpty() && number.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '-')) {
            long nodes;
            try {
                nodes = Long.parseLong(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + arg + "\" is not a number of nodes", e);
            }
            if (nodes < 1 || nodes > MAX_NODES) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d nodes is out of range", nodes));
            }
            return RandomGraph.generate((int) nodes, GRAPH_SEED);
        }
        Path file = Path.of(arg);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(arg);
        }
        return EdgeListReader.read(file);
    }
}
