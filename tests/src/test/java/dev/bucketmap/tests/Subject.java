package dev.bucketmap.tests;

import dev.bucketmap.runtime.MapStats;
import java.util.function.Supplier;

/**
 * One generated map under test, seen through {@link LongStringOps}.
 *
 * @param name  the interface the map was generated for, for failure messages
 * @param ops   the map itself, or an adapter over it
 * @param map   the generated object, for {@code toString}/{@code equals}/{@code hashCode}
 * @param stats the generated {@code stats()} method
 */
record Subject(String name, LongStringOps ops, Object map, Supplier<MapStats> stats) {

    /** The kinds of generated map every differential test runs against. */
    enum Kind {
        JUF,
        OWN,
        BOXED;

        Subject create() {
            return create(-1);
        }

        /** A new map; presized to {@code expectedSize} when it is not negative. */
        Subject create(int expectedSize) {
            switch (this) {
                case JUF: {
                    BucketMap_JufMap m = expectedSize < 0 ? new BucketMap_JufMap() : new BucketMap_JufMap(expectedSize);
                    return new Subject("JufMap", m, m, m::stats);
                }
                case OWN: {
                    BucketMap_OwnMap m = expectedSize < 0 ? new BucketMap_OwnMap() : new BucketMap_OwnMap(expectedSize);
                    return new Subject("OwnMap", new OwnMapAdapter(m), m, m::stats);
                }
                case BOXED: {
                    BucketMap_BoxedMap m =
                            expectedSize < 0 ? new BucketMap_BoxedMap() : new BucketMap_BoxedMap(expectedSize);
                    return new Subject("BoxedMap", new BoxedMapAdapter(m), m, m::stats);
                }
                default:
                    throw new AssertionError(this);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
