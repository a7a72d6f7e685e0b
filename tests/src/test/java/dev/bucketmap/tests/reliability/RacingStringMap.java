package dev.bucketmap.tests.reliability;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** String → String as a {@code Map}, for writes racing {@code clear()} and removals that empty it. */
@BucketMap(key = String.class, value = String.class)
interface RacingStringMap extends Map<String, String> {}
