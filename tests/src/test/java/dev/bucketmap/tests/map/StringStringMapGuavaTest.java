package dev.bucketmap.tests.map;

import junit.framework.Test;

/** guava-testlib's Map suites on {@link StringStringMap}, fresh and mid-growth. */
public class StringStringMapGuavaTest {
    public static Test suite() {
        return OwnedSuite.of(StringStringMapGuavaTest.class, GuavaSuites.of(MapKind.STRING_STRING));
    }
}
