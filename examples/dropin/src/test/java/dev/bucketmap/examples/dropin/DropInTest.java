package dev.bucketmap.examples.dropin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.examples.dropin.DropIn.Table;
import dev.bucketmap.examples.dropin.HeapMeter.Retained;
import dev.bucketmap.examples.dropin.HeapMeter.Share;
import dev.bucketmap.examples.dropin.Workload.Answers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory must behave the same on both tables, and the bucket map must take less heap. */
class DropInTest {

    @Test
    void theDirectoryWorksTheSameOnBothTables() {
        for (Table table : Table.values()) {
            UserDirectory directory = new UserDirectory(table.create());
            assertTrue(directory.hire(7, "Ada Lovelace"), table.title);
            assertFalse(directory.hire(7, "Someone Else"), table.title);
            assertTrue(directory.hire(-3, "Alan Turing"), table.title);
            assertEquals("Ada Lovelace", directory.nameOf(7), table.title);
            assertTrue(directory.rename(7, "Ada King"), table.title);
            assertFalse(directory.rename(8, "Nobody"), table.title);
            assertTrue(directory.leave(-3), table.title);
            assertFalse(directory.leave(-3), table.title);
            assertNull(directory.nameOf(-3), table.title);
            assertEquals(1, directory.headcount(), table.title);
            assertEquals(Map.of("King", 1), directory.surnames(), table.title);
            assertEquals(7, directory.idChecksum(), table.title);
            assertTrue(directory.hire(9, "Alan Kay"), table.title);
            assertTrue(directory.hire(2, "Jay Kay"), table.title);
            assertEquals(List.of("2 Jay Kay", "7 Ada King"), directory.firstByIdOf(2), table.title);
            assertEquals(2, directory.layOff("Kay"), table.title);
            assertEquals(List.of("7 Ada King"), directory.firstByIdOf(5), table.title);
        }
    }

    @Test
    void theGeneratedMapIsAJavaUtilMapEqualToTheHashMap() {
        Map<Long, String> hashMap = Table.HASH_MAP.create();
        Map<Long, String> bucketMap = Table.BUCKET_MAP.create();
        for (long n = 1; n <= 1_000; n++) {
            hashMap.put(Staff.id(n), Staff.name(n));
            bucketMap.put(Staff.id(n), Staff.name(n));
        }
        assertTrue(bucketMap instanceof UserTable);
        assertEquals(hashMap, bucketMap);
        assertEquals(bucketMap, hashMap);
        assertEquals(hashMap.hashCode(), bucketMap.hashCode());
        bucketMap.keySet().removeIf(id -> id % 2 == 0);
        hashMap.keySet().removeIf(id -> id % 2 == 0);
        assertEquals(hashMap, bucketMap);
        assertEquals(new HashMap<>(bucketMap), hashMap);
    }

    @Test
    void theWorkloadGivesTheSameAnswersOnBothTables() {
        for (int users : new int[] {1, 2, 13, 1_000, 20_000}) {
            Map<Long, String> hashMap = Table.HASH_MAP.create();
            Map<Long, String> bucketMap = Table.BUCKET_MAP.create();
            Answers before = Workload.run(new UserDirectory(hashMap), users, users);
            Answers after = Workload.run(new UserDirectory(bucketMap), users, users);

            assertEquals(before, after, users + " users");
            assertEquals(hashMap, bucketMap, users + " users");
            assertEquals(users, after.hired());
            assertEquals(after.hired() - after.left() - after.laidOff(), after.headcount());
        }
    }

    @Test
    void theBucketMapKeepsLessHeapAliveThanTheHashMap() throws Exception {
        int users = 100_000;
        String[] names = new String[users + 1];
        for (int n = 1; n <= users; n++) {
            names[n] = Staff.name(n);
        }
        Retained<Map<Long, String>> hashMap = HeapMeter.retainedBy(() -> fill(Table.HASH_MAP.create(), names));
        Retained<Map<Long, String>> bucketMap = HeapMeter.retainedBy(() -> fill(Table.BUCKET_MAP.create(), names));

        assertEquals(users, hashMap.object().size());
        Share longs = hashMap.shares().stream()
                .filter(s -> s.className().equals("java.lang.Long"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no boxed ids counted: " + hashMap.shares()));
        assertEquals(users, longs.instances());
        assertTrue(
                bucketMap.shares().stream().noneMatch(s -> s.className().equals("java.lang.Long")),
                () -> "the bucket map boxed ids: " + bucketMap.shares());
        assertTrue(
                bucketMap.bytes() < hashMap.bytes() * 2 / 3,
                () -> "bucket map " + bucketMap.bytes() + " bytes, HashMap " + hashMap.bytes());
    }

    @Test
    void programPrintsBothTablesAndExitsZero() {
        Output output = new Output();
        int status = DropIn.run(new String[] {"20,000"}, output.out, output.err);

        String printed = output.out();
        assertEquals(DropIn.OK, status, printed + output.err());
        assertEquals("", output.err());
        assertTrue(printed.contains("Same answers from both maps,"), printed);
        assertTrue(printed.contains("and the two maps are equal as Maps"), printed);
        assertTrue(printed.contains("saved by the switch"), printed);
    }

    @Test
    void badArgumentIsOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {{"many"}, {"0"}, {"-5"}, {"99999999999"}, {"1", "2"}}) {
            Output output = new Output();
            int status = DropIn.run(args, output.out, output.err);

            assertEquals(DropIn.USAGE, status, String.join(" ", args));
            assertEquals("", output.out());
            assertTrue(output.err().startsWith("DropIn: "), output.err());
            assertEquals(1, output.err().lines().count(), output.err());
        }
    }

    private static Map<Long, String> fill(Map<Long, String> table, String[] names) {
        for (int n = 1; n < names.length; n++) {
            table.put(Staff.id(n), names[n]);
        }
        return table;
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
