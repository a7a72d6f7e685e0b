package dev.bucketmap.examples.growth;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Builds a small map of ids 1 to 20 and prints the ids in the order one traversal visits
 * them. The tour (part 4) runs this class in fresh JVMs, with and without
 * {@code -Dbucketmap.seed}; run it yourself with
 * {@code mvn -q -pl examples/growthtour exec:java -Dexec.mainClass=dev.bucketmap.examples.growth.TraversalOrder -Dbucketmap.seed=42}.
 */
public final class TraversalOrder {

    static final int ENTRIES = 20;

    private TraversalOrder() {}

    public static void main(String[] args) {
        System.out.println(walk(smallMap()));
    }

    /** Ids 1 to {@value #ENTRIES}, inserted in that order: 4 buckets. */
    static BucketMap_TourMap smallMap() {
        BucketMap_TourMap map = new BucketMap_TourMap();
        for (long id = 1; id <= ENTRIES; id++) {
            map.put(id, "item " + id);
        }
        return map;
    }

    /** The ids in the order of one traversal, each right-aligned in 3 columns. */
    static String walk(TourMap map) {
        StringJoiner ids = new StringJoiner("");
        map.forEachKey(id -> ids.add(String.format(Locale.ROOT, "%3d", id)));
        return ids.toString();
    }
}
