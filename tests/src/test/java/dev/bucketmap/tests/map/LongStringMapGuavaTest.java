package dev.bucketmap.tests.map;

import junit.framework.Test;

/** guava-testlib's Map suites on {@link LongStringMap}, fresh and mid-growth. */
public class LongStringMapGuavaTest {
    public static Test suite() {
        return OwnedSuite.of(LongStringMapGuavaTest.class, GuavaSuites.of(MapKind.LONG_STRING));
    }
}
