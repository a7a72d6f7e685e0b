package dev.bucketmap.tests.kinds;

/**
 * Seeds for the tests' own randomness: fixed per test, so a failure replays the same
 * operations, or all derived from {@code -Dbucketmap.tests.seed=<long>} to explore. Failure
 * messages name them. (The maps' own hash seeds stay random unless {@code -Dbucketmap.seed}
 * is set.)
 */
final class TestSeeds {
    private TestSeeds() {}

    static long of(String test) {
        Long override = Long.getLong("bucketmap.tests.seed");
        long base = override != null ? override : 0x6b696e64735f7465L;
        return Domain.mix(base ^ test.hashCode());
    }
}
