package dev.bucketmap.tests.reliability;

/**
 * Run in a child JVM with a small heap by {@link OutOfMemoryTest}: fills a map until an insert
 * fails with OutOfMemoryError (a growth cannot allocate a chunk of its table while a ballast array
 * holds memory), then checks every entry is still there, frees the ballast and keeps inserting.
 */
public final class OutOfMemoryDemo {
    private OutOfMemoryDemo() {}

    public static void main(String[] args) {
        // Many 1 MB arrays, not one: a single array that large may not fit any one generation.
        byte[][] ballast = new byte[Integer.parseInt(args[0])][];
        for (int i = 0; i < ballast.length; i++) {
            ballast[i] = new byte[1 << 20];
        }
        BucketMap_LongStringMap map = new BucketMap_LongStringMap();
        String value = "v";
        long inserted = 0;
        OutOfMemoryError failure = null;
        try {
            while (true) {
                map.put(inserted, value);
                inserted++;
            }
        } catch (OutOfMemoryError e) {
            failure = e;
        }
        java.util.Arrays.fill(ballast, null);
        System.gc();
        System.out.println("oom after " + inserted + " inserts, size " + map.size() + ", B "
                + map.stats().log2Buckets() + ", growing " + map.stats().growing() + ": " + failure);
        boolean allThere = map.size() == inserted && map.get(inserted) == null;
        for (long k = 0; k < inserted && allThere; k++) {
            allThere = value.equals(map.get(k));
        }
        map.checkInvariants();
        System.out.println("all entries there " + allThere);
        for (long k = inserted; k < inserted + 100_000; k++) {
            map.put(k, value);
        }
        map.checkInvariants();
        System.out.println("after freeing memory size " + map.size() + " expected " + (inserted + 100_000)
                + ", growths " + map.stats().growths());
    }
}
