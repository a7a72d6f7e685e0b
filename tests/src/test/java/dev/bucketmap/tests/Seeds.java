package dev.bucketmap.tests;

/**
 * Seeds for the tests' own randomness: fixed per test, so a failure reproduces, or all
 * taken from {@code -Dbucketmap.tests.seed=<long>} to explore. Failure messages name them.
 */
final class Seeds {
    private Seeds() {}

    static long of(String test) {
        Long override = Long.getLong("bucketmap.tests.seed");
        long base = override != null ? override : 0x6275636b65746d61L;
        return Differential.mix(base ^ test.hashCode());
    }
}
