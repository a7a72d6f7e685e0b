package dev.bucketmap.examples.dropin;

import dev.bucketmap.examples.dropin.HeapMeter.Retained;
import dev.bucketmap.examples.dropin.Workload.Answers;
import dev.bucketmap.runtime.MapStats;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.management.JMException;

/**
 * bucketmap as a drop-in: a user directory ({@link UserDirectory}), written against
 * {@code Map<Long, String>}, runs unchanged on a {@code HashMap} and on the generated
 * {@code BucketMap_UserTable} ({@link UserTable} extends {@code Map<Long, String>}); switching
 * is the one line that creates the map. Prints both runs' answers side by side, checks that the
 * two maps end up equal as {@code Map}s, and measures the heap each keeps alive.
 *
 * <p>Usage: {@code DropIn [users]}, default 1,000,000. Exit codes: 0 when both tables gave the
 * same answers, 1 when they did not, 2 for a bad argument, 3 when the heap is too small.
 */
public final class DropIn {

    static final int DEFAULT_USERS = 1_000_000;
    static final int MAX_USERS = 20_000_000;
    static final long TRAFFIC_SEED = 1_970_01_01L;

    static final int OK = 0;
    static final int MISMATCH = 1;
    static final int USAGE = 2;
    static final int OUT_OF_MEMORY = 3;

    private static final String USAGE_LINE = String.format(
            Locale.ROOT,
            "usage: DropIn [users]   (a whole number from 1 to %,d, default %,d)",
            MAX_USERS,
            DEFAULT_USERS);

    /** The two maps the directory runs on: before and after the one-line switch. */
    enum Table {
        HASH_MAP("HashMap<Long, String>", "Map<Long, String> users = new HashMap<>();"),
        BUCKET_MAP("BucketMap_UserTable", "Map<Long, String> users = new BucketMap_UserTable();");

        final String title;
        final String line;

        Table(String title, String line) {
            this.title = title;
            this.line = line;
        }

        Map<Long, String> create() {
            return this == HASH_MAP ? new HashMap<>() : new BucketMap_UserTable();
        }
    }

    private DropIn() {}

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
        int users;
        try {
            users = parseUsers(args);
        } catch (IllegalArgumentException e) {
            err.println("DropIn: " + e.getMessage() + "; " + USAGE_LINE);
            return USAGE;
        }
        try {
            return compare(users, out);
        } catch (OutOfMemoryError e) {
            err.printf(
                    Locale.ROOT,
                    "DropIn: not enough heap for %,d users; give fewer users or a larger -Xmx"
                            + " (MAVEN_OPTS for exec:java)%n",
                    users);
            return OUT_OF_MEMORY;
        }
    }

    static int parseUsers(String[] args) {
        if (args.length == 0) {
            return DEFAULT_USERS;
        }
        if (args.length > 1) {
            throw new IllegalArgumentException("expected at most one argument, got " + args.length);
        }
        long users;
        try {
            users = Long.parseLong(args[0].strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + args[0] + "\" is not a number of users", e);
        }
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d users is out of range", users));
        }
        return (int) users;
    }

    private static int compare(int users, PrintStream out) {
        out.println("bucketmap example: a drop-in for HashMap<Long, String>");
        out.println("A user directory (hire, look up, rename, let go, list) written against Map<Long, String>.");
        out.println("UserTable is `@BucketMap(key = long.class, value = String.class) interface UserTable");
        out.println("extends Map<Long, String> {}`, and the switch is one line:");
        out.println();
        out.println("    " + Table.HASH_MAP.line + "              // before");
        out.println("    " + Table.BUCKET_MAP.line + "   // after");
        out.println();

        Workload.run(new UserDirectory(Table.HASH_MAP.create()), Math.min(users, 50_000), TRAFFIC_SEED + 1);
        Workload.run(new UserDirectory(Table.BUCKET_MAP.create()), Math.min(users, 50_000), TRAFFIC_SEED + 1);
        Run before = Run.of(Table.HASH_MAP, users);
        Run after = Run.of(Table.BUCKET_MAP, users);
        boolean sameAnswers = before.answers().equals(after.answers());
        boolean equalMaps =
                before.users().equals(after.users()) && after.users().equals(before.users());
        printAnswers(users, before, after, out);
        out.println(sameAnswers ? "Same answers from both maps," : "THE MAPS GAVE DIFFERENT ANSWERS,");
        out.println(
                equalMaps
                        ? "and the two maps are equal as Maps, compared either way round (Map.equals)."
                        : "AND THE TWO MAPS ARE NOT EQUAL (Map.equals).");
        out.println();
        boolean same = sameAnswers && equalMaps;

        printMemory(users, out);
        return same ? OK : MISMATCH;
    }

    /** One run of the workload on one map, timed, and the map it left. */
    record Run(Table table, Map<Long, String> users, Answers answers, long nanos) {
        static Run of(Table table, int count) {
            Map<Long, String> users = table.create();
            long start = System.nanoTime();
            Answers answers = Workload.run(new UserDirectory(users), count, TRAFFIC_SEED);
            return new Run(table, users, answers, System.nanoTime() - start);
        }
    }

    private static void printAnswers(int users, Run before, Run after, PrintStream out) {
        out.printf(Locale.ROOT, "The day's work, on %,d users (the same traffic for both maps):%n%n", users);
        String row = "  %-38s %26s %26s%n";
        out.printf(Locale.ROOT, row, "", before.table().title, after.table().title);
        List<Function<Answers, Object>> columns = List.of(
                Answers::hired,
                Answers::duplicateHires,
                Answers::lookupsFound,
                Answers::membersFound,
                Answers::renamed,
                Answers::left,
                Answers::laidOff,
                Answers::headcount,
                Answers::surnames,
                Answers::commonestSurname,
                Answers::idChecksum,
                Answers::nameOfSmallestId);
        List<String> labels = List.of(
                "hired (putIfAbsent)",
                "rehires refused (id taken)",
                "lookups that found a name (get)",
                "ids that are users (containsKey)",
                "renamed (replace)",
                "left (remove)",
                "the Kays laid off (values().removeIf)",
                "headcount (size)",
                "distinct surnames (values())",
                "commonest surname",
                "sum of all ids, hex (keySet())",
                "user with the smallest id (entrySet())");
        for (int i = 0; i < labels.size(); i++) {
            out.printf(
                    Locale.ROOT,
                    row,
                    labels.get(i),
                    cell(columns.get(i).apply(before.answers())),
                    cell(columns.get(i).apply(after.answers())));
        }
        out.printf(Locale.ROOT, row, "time for all of it", millis(before.nanos()), millis(after.nanos()));
        out.println("  (one run each, on whatever else this machine was doing: an illustration, not a benchmark)");
        out.println();
    }

    private static void printMemory(int users, PrintStream out) {
        String[] names = new String[users + 1];
        for (int n = 1; n <= users; n++) {
            names[n] = Staff.name(n);
        }
        Retained<Map<Long, String>> before;
        Retained<Map<Long, String>> after;
        try {
            before = HeapMeter.retainedBy(() -> fill(Table.HASH_MAP.create(), names));
            after = HeapMeter.retainedBy(() -> fill(Table.BUCKET_MAP.create(), names));
        } catch (JMException | UnsupportedOperationException e) {
            out.println("Memory: this JVM has no class histogram (HotSpot's GC.class_histogram) to measure with: "
                    + e.getMessage());
            return;
        }
        out.printf(
                Locale.ROOT,
                "Heap kept alive by a table of %,d users, by class: the JVM's histogram of live%n"
                        + "objects (what jcmd <pid> GC.class_histogram prints) before and after filling the table.%n"
                        + "The name strings existed before, so they are not counted; the Longs that put(Long, String)%n"
                        + "boxes for the bucket map are garbage once the id is stored, so they are not counted either.%n%n",
                users);
        String row = "  %-38s %12s %14s%n";
        printShares(Table.HASH_MAP.title, before, users, row, out);
        printShares(Table.BUCKET_MAP.title, after, users, row, out);
        long saved = before.bytes() - after.bytes();
        out.printf(
                Locale.ROOT,
                "  saved by the switch: %s, %.0f%% of the HashMap's heap%n%n",
                megabytes(saved),
                100.0 * saved / before.bytes());
        MapStats stats = ((BucketMap_UserTable) after.object()).stats();
        out.printf(
                Locale.ROOT,
                "HashMap keeps a Node and a boxed Long per entry, plus its table of references. The%n"
                        + "bucket map keeps the ids unboxed in a long[], 8 to a bucket beside the bucket's tophash word,%n"
                        + "the names in an Object[] and the overflow links in an int[], each once for the regular buckets%n"
                        + "and once for the overflow pool: here %,d buckets (B = %d), %.2f entries per bucket, %,d overflow.%n",
                stats.buckets(),
                stats.log2Buckets(),
                stats.loadFactor(),
                stats.overflowBuckets());
    }

    private static void printShares(
            String title, Retained<Map<Long, String>> retained, int users, String row, PrintStream out) {
        out.printf(Locale.ROOT, row, title, "objects", "bytes");
        for (HeapMeter.Share share : retained.shares()) {
            out.printf(
                    Locale.ROOT,
                    row,
                    "  " + share.className(),
                    String.format(Locale.ROOT, "%,d", share.instances()),
                    String.format(Locale.ROOT, "%,d", share.bytes()));
        }
        out.printf(Locale.ROOT, row, "  in all", "", megabytes(retained.bytes()));
        out.printf(
                Locale.ROOT,
                row,
                "  per entry",
                "",
                String.format(Locale.ROOT, "%.1f bytes", retained.bytes() / (double) users));
        out.println();
    }

    private static Map<Long, String> fill(Map<Long, String> table, String[] names) {
        for (int n = 1; n < names.length; n++) {
            table.put(Staff.id(n), names[n]);
        }
        return table;
    }

    private static String cell(Object value) {
        return value instanceof Number number
                ? String.format(Locale.ROOT, "%,d", number.longValue())
                : String.valueOf(value);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.0f ms", nanos / 1e6);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
