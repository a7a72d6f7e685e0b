package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void normalModeInTests() {
        assertNull(System.getProperty(Seeds.PROPERTY), "tests run without -D" + Seeds.PROPERTY);
    }

    @Test
    void callsDiffer() {
        assertNotEquals(Seeds.next(), Seeds.next());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Seeds.next()), "repeated seed after " + i + " calls");
        }
    }

    @Test
    void seedsLookRandom() {
        // Each bit is set in about half of the seeds, also in consecutive ones XOR-ed.
        int n = 20_000;
        int[] ones = new int[64];
        int[] changes = new int[64];
        long previous = Seeds.next();
        for (int i = 0; i < n; i++) {
            long s = Seeds.next();
            for (int bit = 0; bit < 64; bit++) {
                ones[bit] += (int) (s >>> bit) & 1;
                changes[bit] += (int) ((s ^ previous) >>> bit) & 1;
            }
            previous = s;
        }
        for (int bit = 0; bit < 64; bit++) {
            assertTrue(Math.abs(ones[bit] - n / 2) < n / 20, "bit " + bit + " set " + ones[bit] + " times");
            assertTrue(Math.abs(changes[bit] - n / 2) < n / 20, "bit " + bit + " changed " + changes[bit] + " times");
        }
    }

    @Test
    void threadsGetDifferentSeeds() throws InterruptedException {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[8];
        int perThread = 10_000;
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    seen.add(Seeds.next());
                    seen.add(Iteration.random());
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(threads.length * perThread * 2, seen.size());
    }

    @Test
    void deterministicModeRepeatsItself() {
        ChildJvm.Result first = ChildJvm.run(PrintSeeds.class, "-Dbucketmap.seed=42");
        ChildJvm.Result second = ChildJvm.run(PrintSeeds.class, "-Dbucketmap.seed=42");
        ChildJvm.Result other = ChildJvm.run(PrintSeeds.class, "-Dbucketmap.seed=43");
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(0, other.exitCode(), other.stderr());
        assertTrue(first.stdout().startsWith("deterministic=true"), first.stdout());
        assertEquals(first.stdout(), second.stdout());
        assertNotEquals(first.stdout(), other.stdout());
        // Within one run the values still differ from each other.
        Set<String> values = new HashSet<>();
        first.stdout().lines().skip(1).map(l -> l.substring(l.indexOf('=') + 1)).forEach(values::add);
        assertEquals(8, values.size(), first.stdout());
    }

    @Test
    void normalModeDiffersBetweenRuns() {
        ChildJvm.Result first = ChildJvm.run(PrintSeeds.class);
        ChildJvm.Result second = ChildJvm.run(PrintSeeds.class);
        assertEquals(0, first.exitCode(), first.stderr());
        assertTrue(first.stdout().startsWith("deterministic=false"), first.stdout());
        assertNotEquals(first.stdout(), second.stdout());
    }

    @Test
    void badSeedFailsNamingThePropertyAndValue() {
        ChildJvm.Result result = ChildJvm.run(PrintSeeds.class, "-Dbucketmap.seed=abc");
        assertNotEquals(0, result.exitCode());
        assertTrue(result.stderr().contains("bucketmap.seed"), result.stderr());
        assertTrue(result.stderr().contains("\"abc\""), result.stderr());
        assertTrue(result.stderr().contains("must be a long"), result.stderr());
    }
}
