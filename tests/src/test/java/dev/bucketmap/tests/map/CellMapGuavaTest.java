package dev.bucketmap.tests.map;

import junit.framework.Test;

/** guava-testlib's Map suites on {@link CellMap}, fresh and mid-growth. */
public class CellMapGuavaTest {
    public static Test suite() {
        return OwnedSuite.of(CellMapGuavaTest.class, GuavaSuites.of(MapKind.CELL));
    }
}
