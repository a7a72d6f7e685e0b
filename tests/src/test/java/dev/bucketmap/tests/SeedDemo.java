package dev.bucketmap.tests;

import java.util.Arrays;

/**
 * Run in a child JVM by {@link IterationOrderTest}: builds maps and prints everything
 * whose order depends on seeds and iteration randomisation.
 */
public final class SeedDemo {
    private SeedDemo() {}

    public static void main(String[] args) {
        BucketMap_JufMap map = new BucketMap_JufMap();
        for (long k = 0; k < 300; k++) {
            map.put(k * 7919, "v" + k);
        }
        System.out.println(map);
        System.out.println(Arrays.toString(map.keys()));
        System.out.println(Arrays.toString(map.values()));
        StringBuilder walk = new StringBuilder();
        LongStringCursor c = map.cursor();
        while (c.next()) {
            walk.append(c.key()).append(' ');
        }
        System.out.println(walk);
        map.clear();
        for (long k = 0; k < 40; k++) {
            map.put(-k, "w" + k);
        }
        System.out.println(map);
        BucketMap_OwnMap other = new BucketMap_OwnMap(100);
        for (long k = 0; k < 100; k++) {
            other.put(k << 40, "o" + k);
        }
        System.out.println(other);
        System.out.println(other.stats());
    }
}
