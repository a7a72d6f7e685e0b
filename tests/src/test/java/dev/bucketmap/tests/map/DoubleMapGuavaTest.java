package dev.bucketmap.tests.map;

import junit.framework.Test;

/** guava-testlib's Map suites on {@link DoubleMap}, fresh and mid-growth. */
public class DoubleMapGuavaTest {
    public static Test suite() {
        return OwnedSuite.of(DoubleMapGuavaTest.class, GuavaSuites.of(MapKind.DOUBLE));
    }
}
