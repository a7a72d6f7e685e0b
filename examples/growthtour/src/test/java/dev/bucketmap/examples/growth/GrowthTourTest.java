package dev.bucketmap.examples.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the tour on a small map: every part must show what it says it shows. */
class GrowthTourTest {

    @Test
    void theTourShowsDoublingSameSizeGrowthAndBothOrders() {
        Output output = new Output();
        int status = GrowthTour.run(new String[] {"3,000"}, output.out, output.err);

        String printed = output.out();
        assertEquals(GrowthTour.OK, status, printed + output.err());
        assertEquals("", output.err());
        assertTrue(printed.contains("1. Doubling: insert 3,000 entries"), printed);
        assertTrue(printed.contains("doubling    ["), "a doubling seen in progress:\n" + printed);
        assertTrue(printed.contains("9 doublings"), printed);
        assertTrue(printed.contains("same-size   ["), "a same-size growth seen in progress:\n" + printed);
        assertTrue(printed.contains("A same-size growth: still 64 buckets"), printed);
        // Walk 2 repeats walk 1 with p = 1/32, so the second order shown may be walk 3 or later.
        assertTrue(printed.matches("(?s).*\\n   walk ([2-9]|[1-4][0-9]|50)  .*"), printed);
        assertTrue(printed.contains("The same 20 ids, in another order"), printed);
        assertTrue(printed.contains("With the seed, both runs drew the same hash seed"), printed);
    }

    @Test
    void churnAtConstantSizeEndsInASameSizeGrowth() {
        for (long seed = 1; seed <= 3; seed++) {
            Output output = new Output();
            assertEquals(1, SameSizeGrowth.run(seed, output.out), output.out());
            assertTrue(output.out().contains("repacked"), output.out());
        }
    }

    @Test
    void twoWalksOfOneMapVisitTheSameIdsInAnotherOrder() {
        BucketMap_TourMap map = TraversalOrder.smallMap();
        String first = TraversalOrder.walk(map);
        String other = first;
        for (int walk = 0; walk < 50 && other.equals(first); walk++) {
            other = TraversalOrder.walk(map);
        }
        assertNotEquals(first, other);
        assertEquals(sortedIds(first), sortedIds(other));
        assertEquals(TraversalOrder.ENTRIES, sortedIds(first).size());
    }

    @Test
    void aChildJvmWalksInTheSameOrderUnderTheSameSeed() {
        Optional<String> one = ChildJvm.run(List.of(SeededOrder.SEED_OPTION), TraversalOrder.class);
        Optional<String> two = ChildJvm.run(List.of(SeededOrder.SEED_OPTION), TraversalOrder.class);

        assertTrue(one.isPresent(), "the child JVM ran");
        assertEquals(one, two);
        assertEquals(TraversalOrder.ENTRIES, sortedIds(one.get()).size());
    }

    @Test
    void badArgumentIsOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {{"lots"}, {"0"}, {"-5"}, {"99999999999"}, {"1", "2"}}) {
            Output output = new Output();
            int status = GrowthTour.run(args, output.out, output.err);

            assertEquals(GrowthTour.USAGE, status, String.join(" ", args));
            assertEquals("", output.out());
            assertTrue(output.err().startsWith("GrowthTour: "), output.err());
            assertEquals(1, output.err().lines().count(), output.err());
        }
    }

    private static List<Integer> sortedIds(String walk) {
        return Arrays.stream(walk.trim().split(" +"))
                .map(Integer::valueOf)
                .sorted()
                .toList();
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
