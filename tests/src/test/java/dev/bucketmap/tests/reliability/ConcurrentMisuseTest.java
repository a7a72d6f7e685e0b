package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two threads writing one map with no synchronisation, and a third reading it: writers get
 * ConcurrentModificationException on a best-effort basis (the writing flag is taken with
 * compare-and-set, so they can never both be inside a write), nobody loops forever (the test has
 * a timeout), and once they stop every structural invariant holds and the map is usable.
 */
class ConcurrentMisuseTest {
    private static final int KEYS = 50_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void racingWritersNeverCorruptTheMap() throws InterruptedException {
        BucketMap_LongStringMap map = new BucketMap_LongStringMap();
        AtomicLong rejected = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Thread[] writers = new Thread[2];
        for (int w = 0; w < writers.length; w++) {
            long seed = 17 + w;
            writers[w] = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int i = 0; i < 1_000_000; i++) {
                    long key = rnd.nextInt(KEYS);
                    try {
                        if (rnd.nextInt(3) == 0) {
                            map.remove(key);
                        } else {
                            map.put(key, "v");
                        }
                        done.incrementAndGet();
                    } catch (ConcurrentModificationException expected) {
                        rejected.incrementAndGet();
                    }
                }
            });
        }
        Thread reader = new Thread(() -> {
            SplittableRandom rnd = new SplittableRandom(3);
            for (int i = 0; i < 1_000_000; i++) {
                try {
                    map.get(rnd.nextInt(KEYS));
                } catch (RuntimeException raced) {
                    // A reader racing a writer may see a torn table; it must not hang.
                }
            }
        });
        for (Thread t : writers) {
            t.start();
        }
        reader.start();
        for (Thread t : writers) {
            t.join();
        }
        reader.join();

        map.checkInvariants();
        int present = 0;
        for (long k = 0; k < KEYS; k++) {
            if (map.get(k) != null) {
                present++;
            }
        }
        assertEquals(present, map.size(), "size agrees with the keys a lookup finds");
        assertTrue(done.get() > 0);
        System.out.printf("racing writers: %,d writes done, %,d rejected with CME%n", done.get(), rejected.get());
        for (long k = 0; k < KEYS; k++) {
            map.put(k, "after");
        }
        assertEquals(KEYS, map.size());
        map.checkInvariants();
    }
}
