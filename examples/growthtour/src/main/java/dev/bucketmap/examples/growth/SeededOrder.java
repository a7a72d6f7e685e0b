package dev.bucketmap.examples.growth;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Part 4: the same traversal order in every run under {@code -Dbucketmap.seed}. Starts four
 * fresh JVMs that each build the map of part 3 and print one walk: two with the seed, two
 * without.
 */
final class SeededOrder {

    static final String SEED_OPTION = "-Dbucketmap.seed=42";
    static final String BY_HAND = "mvn -q -pl examples/growthtour exec:java" + " -Dexec.mainClass="
            + TraversalOrder.class.getName() + " " + SEED_OPTION;

    /** What part 4 saw. */
    enum Outcome {
        SAME_WITH_SEED,
        DIFFERENT_WITH_SEED,
        NOT_RUN
    }

    private SeededOrder() {}

    static Outcome run(PrintStream out) {
        out.println("4. The same order in every run, under -Dbucketmap.seed");
        out.println("   Four fresh JVMs each build the map of part 3 and print one walk:");
        out.println();
        Optional<String> seeded1 = walk(out, List.of(SEED_OPTION));
        Optional<String> seeded2 = walk(out, List.of(SEED_OPTION));
        Optional<String> free1 = walk(out, List.of());
        Optional<String> free2 = walk(out, List.of());
        out.println();
        if (seeded1.isEmpty() || seeded2.isEmpty() || free1.isEmpty() || free2.isEmpty()) {
            out.println("   Could not run a child JVM here; run the walk by hand, twice:");
            out.println("   " + BY_HAND);
            out.println();
            return Outcome.NOT_RUN;
        }
        boolean seededSame = seeded1.equals(seeded2);
        out.println(
                seededSame
                        ? "   With the seed, both runs drew the same hash seed and the same walk starts: the same order."
                        : "   With the seed, the two runs differ: deterministic mode did not hold!");
        out.println(
                free1.equals(free2)
                        ? "   Without it, both runs drew their own and happened to start alike (1 chance in 32)."
                        : "   Without it, each run drew its own, so the orders differ.");
        out.println("   Use the seed to replay a run exactly, for a failing test or a bug report. By hand:");
        out.println("   " + BY_HAND);
        out.println();
        return seededSame ? Outcome.SAME_WITH_SEED : Outcome.DIFFERENT_WITH_SEED;
    }

    private static Optional<String> walk(PrintStream out, List<String> options) {
        Optional<String> order = ChildJvm.run(options, TraversalOrder.class);
        String command = "java " + (options.isEmpty() ? "" : String.join(" ", options) + " ")
                + TraversalOrder.class.getSimpleName();
        out.printf(Locale.ROOT, "   %-39s%s%n", command, order.orElse("(failed)"));
        return order;
    }
}
