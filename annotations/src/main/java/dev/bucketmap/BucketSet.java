package dev.bucketmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the bucketmap processor to generate a Go-style bucket hash set that implements the
 * annotated interface: in Go a set is {@code map[K]struct{}}, the same buckets, tophash, growth
 * and randomised iteration as a map, with no values.
 *
 * <p>For {@code @BucketSet(long.class) interface Ids} in package {@code p}, {@code javac} writes
 * {@code p.BucketSet_Ids} (for a nested {@code p.Outer.Ids}, {@code p.BucketSet_Outer_Ids}): a
 * {@code public final} class with a no-argument constructor and a presizing {@code (int
 * expectedSize)} constructor. Every abstract method of the interface must be one of the set
 * method forms ({@code add}, {@code contains}, {@code remove}, {@code size}, {@code isEmpty},
 * {@code clear}, {@code forEach}, {@code removeIf}, {@code elements}, {@code cursor}, {@code
 * stats}); anything else is a compile error on that method.
 *
 * <pre>{@code
 * @BucketSet(long.class)
 * interface Ids {
 *   boolean add(long id);
 *   boolean contains(long id);
 *   int size();
 * }
 *
 * Ids ids = new BucketSet_Ids();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BucketSet {
    /**
     * The element type: {@code byte}, {@code short}, {@code char}, {@code int}, {@code long},
     * {@code float}, {@code double}, or any class, interface, record or enum; not {@code boolean},
     * an array or a primitive wrapper (as for the keys of a {@link BucketMap}).
     *
     * @return the element type, such as {@code long.class}
     */
    Class<?> value();
}
