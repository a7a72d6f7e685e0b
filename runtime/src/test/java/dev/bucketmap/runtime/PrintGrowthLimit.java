package dev.bucketmap.runtime;

/** Child-JVM main for {@link GrowthTest}: prints the limit in force and how sizing behaves at it. */
public final class PrintGrowthLimit {

    private PrintGrowthLimit() {}

    public static void main(String[] args) {
        int limit = Growth.maxLog2Buckets();
        System.out.println("maxLog2Buckets=" + limit);
        long largest = Growth.capacity(limit);
        System.out.println("log2BucketsFor(" + largest + ")=" + Growth.log2BucketsFor((int) largest));
        try {
            Growth.log2BucketsFor((int) largest + 1);
            System.out.println("no exception");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        System.out.println("ISE: " + Growth.capacityExceeded(limit).getMessage());
    }
}
