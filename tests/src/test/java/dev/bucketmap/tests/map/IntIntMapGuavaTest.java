package dev.bucketmap.tests.map;

import junit.framework.Test;

/** guava-testlib's Map suites on {@link IntIntMap}, fresh and mid-growth. */
public class IntIntMapGuavaTest {
    public static Test suite() {
        return OwnedSuite.of(IntIntMapGuavaTest.class, GuavaSuites.of(MapKind.INT_INT));
    }
}
