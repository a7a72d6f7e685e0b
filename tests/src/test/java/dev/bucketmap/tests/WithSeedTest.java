package dev.bucketmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code BucketMap_Foo.withSeed(seed)}: a map whose hash seeds and iteration starts come from a
 * sequence of its own, so its order is reproducible whatever the rest of the JVM did.
 */
class WithSeedTest {

    /** Every order-revealing output of one scripted life: fills, traversals, growth, clear. */
    private static List<String> script(BucketMap_JufMap map, Runnable between) {
        List<String> out = new ArrayList<>();
        for (long k = 0; k < 12; k++) {
            map.put(k * 31, "a" + k);
        }
        out.add(map.toString());
        between.run();
        out.add(Arrays.toString(map.keys()));
        for (long k = 0; k < 3000; k++) { // several doublings, traversed in the middle of some
            map.put(k * 7919, "b" + k);
            if (k % 500 == 0) {
                out.add(Arrays.toString(map.keys()));
                between.run();
            }
        }
        out.add(map.toString());
        out.add(Arrays.toString(map.values()));
        StringBuilder walk = new StringBuilder();
        LongStringCursor c = map.cursor();
        while (c.next()) {
            walk.append(c.key()).append(' ');
        }
        out.add(walk.toString());
        map.clear();
        between.run();
        for (long k = 0; k < 40; k++) {
            map.put(-k, "c" + k);
        }
        out.add(map.toString());
        out.add(Arrays.toString(map.keys()));
        for (long k = 0; k < 40; k++) {
            map.remove(-k); // emptying draws a new seed too
        }
        for (long k = 0; k < 20; k++) {
            map.put(k << 33, "d" + k);
        }
        out.add(map.toString());
        return out;
    }

    /** Makes and walks other maps, which draw from the JVM-wide seed source. */
    private static void noise() {
        for (int i = 0; i < 3; i++) {
            BucketMap_JufMap other = new BucketMap_JufMap();
            other.put(i, "x");
            other.toString();
            other.clear();
        }
    }

    @Test
    void sameSeedSameOrderWhateverHappensBetween() {
        List<String> first = script(BucketMap_JufMap.withSeed(42), () -> {});
        noise();
        List<String> second = script(BucketMap_JufMap.withSeed(42), WithSeedTest::noise);
        assertEquals(first, second);
    }

    @Test
    void interleavedMapsWithTheSameSeedStayInStep() {
        BucketMap_JufMap a = BucketMap_JufMap.withSeed(7);
        BucketMap_JufMap b = BucketMap_JufMap.withSeed(7);
        for (long k = 0; k < 2000; k++) {
            a.put(k * 3, "v" + k);
            noise();
            b.put(k * 3, "v" + k);
            if (k % 100 == 0) {
                assertEquals(a.toString(), b.toString(), "after " + k);
                assertEquals(Arrays.toString(a.keys()), Arrays.toString(b.keys()), "after " + k);
            }
        }
        a.clear();
        b.clear();
        for (long k = 0; k < 50; k++) {
            a.put(k, "w");
            b.put(k, "w");
        }
        assertEquals(a.toString(), b.toString());
        assertEquals(a.stats(), b.stats());
    }

    @Test
    void differentSeedsUsuallyDiffer() {
        Set<String> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(String.join("\n", script(BucketMap_JufMap.withSeed(seed), () -> {})));
        }
        assertTrue(orders.size() >= 19, orders.size() + " distinct runs of 20 seeds");
    }

    @Test
    void traversalsOfASeededMapStillVary() {
        BucketMap_JufMap map = BucketMap_JufMap.withSeed(1);
        for (long k = 0; k < 100; k++) {
            map.put(k, "v");
        }
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            orders.add(Arrays.toString(map.keys()));
        }
        assertTrue(orders.size() > 1, "20 walks of a seeded map all in one order");
    }

    @Test
    void ordinaryMapsAreUnaffected() {
        BucketMap_JufMap.withSeed(42);
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            BucketMap_JufMap map = new BucketMap_JufMap();
            for (long k = 0; k < 100; k++) {
                map.put(k, "v");
            }
            orders.add(Arrays.toString(map.keys()));
        }
        assertTrue(orders.size() > 1, "ordinary maps all iterated in one order");
    }

    @Test
    void aDeserializedSeededMapDrawsFreshSeeds() throws Exception {
        BucketMap_JufMap map = BucketMap_JufMap.withSeed(42);
        for (long k = 0; k < 100; k++) {
            map.put(k, "v" + k);
        }
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(map);
            }
            BucketMap_JufMap copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy = (BucketMap_JufMap) in.readObject();
            }
            assertEquals(map, copy);
            orders.add(Arrays.toString(copy.keys()));
        }
        // Reading draws fresh seeds, and the copy is an ordinary map: its walks are not replayed.
        assertTrue(orders.size() > 1, "five copies of a seeded map walked in one order");
        assertFalse(orders.isEmpty());
        assertNotEquals(0, map.size());
    }
}
