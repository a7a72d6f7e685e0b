package dev.bucketmap.tests.map;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import com.google.common.collect.testing.testers.MapToStringTester;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import junit.framework.TestSuite;

/** guava-testlib's Map suites, with every feature the contract promises, for one kind of map. */
final class GuavaSuites {
    private GuavaSuites() {}

    /** The suite on fresh maps, then the same suite on maps that are growing when each test starts. */
    static TestSuite of(MapKind<?, ?> kind) {
        TestSuite suite = new TestSuite(kind.name());
        suite.addTest(build(kind, false));
        suite.addTest(build(kind, true));
        return suite;
    }

    private static <K, V> TestSuite build(MapKind<K, V> kind, boolean midGrowth) {
        List<Feature<?>> features = new ArrayList<>(List.of(
                MapFeature.GENERAL_PURPOSE,
                MapFeature.ALLOWS_ANY_NULL_QUERIES,
                MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                CollectionFeature.SERIALIZABLE,
                CollectionSize.ANY));
        if (kind.nullKeys()) {
            features.add(MapFeature.ALLOWS_NULL_KEYS);
        }
        if (kind.nullValues()) {
            features.add(MapFeature.ALLOWS_NULL_VALUES);
        }
        return MapTestSuiteBuilder.using(new BucketMapGenerator<>(kind, midGrowth))
                .named(kind.name() + (midGrowth ? " growing" : ""))
                .withFeatures(features)
                .suppressing(orderDependent())
                .createTestSuite();
    }

    /**
     * Tests that read the map twice and expect both traversals to see one order. Iteration order
     * is randomised on every traversal (CONTRACT.md, like Go's range), so they fail whenever the
     * two orders differ. {@code testToString_formatting} compares {@code toString()} with a string
     * built from a second iteration of {@code entrySet()}; the null-key and null-value variants
     * call it. {@link ToStringTest} checks the same format without assuming one order.
     */
    static List<Method> orderDependent() {
        try {
            return List.of(
                    MapToStringTester.class.getMethod("testToString_formatting"),
                    MapToStringTester.class.getMethod("testToStringWithNullKey"),
                    MapToStringTester.class.getMethod("testToStringWithNullValue"));
        } catch (NoSuchMethodException e) {
            throw new LinkageError("guava-testlib changed: " + e.getMessage(), e);
        }
    }
}
