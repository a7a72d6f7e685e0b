package dev.bucketmap.tests.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code toString()} in the {@code AbstractMap} format, in the map's randomised order: what
 * guava's {@code testToString_formatting} checks, without assuming that two traversals agree.
 */
class ToStringTest {

    @Test
    void mapsPrintTheirEntriesInSomeOrder() {
        BucketMap_StringStringMap strings = new BucketMap_StringStringMap();
        strings.put("a", "A");
        strings.put(null, "nothing");
        strings.put("b", null);
        assertSamePrinting(new HashMap<>(strings), strings.toString());

        BucketMap_DoubleMap doubles = new BucketMap_DoubleMap();
        doubles.put(-0.0, Double.NaN);
        doubles.put(1.5, null);
        assertSamePrinting(new HashMap<>(doubles), doubles.toString());

        BucketMap_CellMap cells = new BucketMap_CellMap();
        cells.put(new Cell(1, "x"), 5L);
        cells.put(null, 6L);
        assertSamePrinting(new HashMap<>(cells), cells.toString());

        assertEquals("{}", new BucketMap_IntIntMap().toString());
        BucketMap_IntIntMap one = new BucketMap_IntIntMap();
        one.put(1, 2);
        assertEquals("{1=2}", one.toString());
        assertEquals("[1]", one.keySet().toString());
        assertEquals("[2]", one.values().toString());
        assertEquals("[1=2]", one.entrySet().toString());
    }

    @Test
    void orderDiffersBetweenTraversals() {
        BucketMap_LongStringMap m = new BucketMap_LongStringMap();
        for (long k = 0; k < 200; k++) {
            m.put(k, "v" + k);
        }
        Set<String> printed = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String s = m.toString();
            assertSamePrinting(new HashMap<>(m), s);
            printed.add(s);
        }
        assertTrue(printed.size() > 1, "ten toString() calls all gave one order");
    }

    /** {@code printed} lists exactly the entries of {@code expected}, as HashMap prints them. */
    private static void assertSamePrinting(Map<?, ?> expected, String printed) {
        assertTrue(printed.startsWith("{") && printed.endsWith("}"), printed);
        assertEquals(sorted(expected.toString()), sorted(printed));
    }

    private static List<String> sorted(String mapString) {
        String content = mapString.substring(1, mapString.length() - 1);
        List<String> entries = new ArrayList<>(content.isEmpty() ? List.of() : Arrays.asList(content.split(", ")));
        entries.sort(null);
        return entries;
    }
}
