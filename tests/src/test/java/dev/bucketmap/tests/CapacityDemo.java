package dev.bucketmap.tests;

/**
 * Run in a child JVM by {@link CapacityTest} with the runtime's table limit lowered to
 * 2^3 buckets (52 entries): prints what each operation at the limit did.
 */
public final class CapacityDemo {
    private CapacityDemo() {}

    public static void main(String[] args) {
        BucketMap_JufMap m = new BucketMap_JufMap();
        for (long k = 0; k < 52; k++) {
            m.put(k, "v" + k);
        }
        System.out.println("filled " + m.size() + " " + m.stats().log2Buckets());
        String before = sorted(m);
        report("put", () -> m.put(52, "x"));
        report("putIfAbsent", () -> m.putIfAbsent(53, "x"));
        report("computeIfAbsent", () -> m.computeIfAbsent(54, k -> "x"));
        report("compute", () -> m.compute(55, (k, v) -> "x"));
        report("merge", () -> m.merge(56, "x", (a, b) -> b));
        System.out.println("unchanged " + before.equals(sorted(m)) + " " + m.size());
        report("overwrite", () -> m.put(3, "over"));
        report("computeIfAbsentNull", () -> m.computeIfAbsent(57, k -> null));
        report("remove", () -> m.remove(4));
        report("putAfterRemove", () -> m.put(58, "y"));
        report("presized53", () -> new BucketMap_JufMap(53));
        report("presized52", () -> new BucketMap_JufMap(52).size());
        // Churn at the limit: same-size growths are still allowed.
        m.clear();
        long[] live = new long[52];
        for (int i = 0; i < 52; i++) {
            live[i] = i;
            m.put(i, "c");
        }
        for (int i = 0; i < 20_000; i++) {
            int j = i % 52;
            m.remove(live[j]);
            live[j] = (1000L + i) * 0x9E37_79B9_7F4A_7C15L;
            m.put(live[j], "c");
        }
        System.out.println("churned " + m.size() + " " + m.stats().log2Buckets() + " sameSize>0="
                + (m.stats().sameSizeGrowths() > 0));
    }

    private static String sorted(BucketMap_JufMap m) {
        long[] keys = m.keys();
        java.util.Arrays.sort(keys);
        StringBuilder b = new StringBuilder();
        for (long k : keys) {
            b.append(k).append('=').append(m.get(k)).append(',');
        }
        return b.toString();
    }

    private static void report(String name, java.util.concurrent.Callable<?> op) {
        try {
            System.out.println(name + " returned " + op.call());
        } catch (Exception e) {
            System.out.println(name + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
