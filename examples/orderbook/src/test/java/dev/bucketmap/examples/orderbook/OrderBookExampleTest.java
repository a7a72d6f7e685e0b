package dev.bucketmap.examples.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.examples.orderbook.Comparison.Result;
import dev.bucketmap.examples.orderbook.Comparison.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the example on small traffic: both maps must agree, and the program must say so. */
class OrderBookExampleTest {

    @Test
    void bothMapsGiveTheSameAnswers() {
        Result result = Comparison.run(20_000, 7);

        assertTrue(result.allAgree(), () -> String.join("\n", result.problems()));
        assertEquals(8, result.rows().size());
        for (Row row : result.rows()) {
            assertEquals(row.hash(), row.bucket(), row.operation());
        }
        Row inserted = result.rows().get(0);
        assertEquals(20_000, inserted.bucket().count(), "new orders stored");
        assertEquals(result.finalOrders(), result.orderStats().size());
        assertTrue(result.orderStats().growths() > 0, "growing from empty to 20,000 orders doubles the table");
    }

    @Test
    void tinyAndOddCountsWork() {
        for (int orders : new int[] {1, 2, 3, 7, 13, 14, 105}) {
            Result result = Comparison.run(orders, orders);
            assertTrue(result.allAgree(), () -> orders + " orders: " + String.join("\n", result.problems()));
        }
    }

    @Test
    void orderIdsAreDistinctAndPositive() {
        Set<Long> seen = new HashSet<>();
        for (long sequence = 0; sequence < 200_000; sequence++) {
            long id = OrderFlow.orderId(sequence);
            assertTrue(id > 0, "id " + id + " for sequence " + sequence);
            assertTrue(seen.add(id), "id " + id + " repeats at sequence " + sequence);
        }
    }

    @Test
    void programPrintsTheTablesAndExitsZero() {
        Output output = new Output();
        int status = OrderBookExample.run(new String[] {"30_000"}, output.out, output.err);

        assertEquals(OrderBookExample.OK, status, output.err());
        String printed = output.out();
        assertTrue(printed.contains("look up by id"), printed);
        assertTrue(printed.contains("overflow buckets in use"), printed);
        assertTrue(printed.contains("OK: all 8 operations gave the same answers"), printed);
        assertEquals("", output.err());
    }

    @Test
    void badArgumentIsOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {{"lots"}, {"0"}, {"-5"}, {"99999999999"}, {"1", "2"}}) {
            Output output = new Output();
            int status = OrderBookExample.run(args, output.out, output.err);

            assertEquals(OrderBookExample.USAGE, status, String.join(" ", args));
            assertEquals("", output.out());
            String message = output.err();
            assertTrue(message.startsWith("OrderBookExample: "), message);
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void helpPrintsUsage() {
        Output output = new Output();
        assertEquals(OrderBookExample.OK, OrderBookExample.run(new String[] {"--help"}, output.out, output.err));
        assertTrue(output.out().startsWith("usage: OrderBookExample [orders]"), output.out());
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
