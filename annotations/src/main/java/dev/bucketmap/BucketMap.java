package dev.bucketmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the bucketmap processor to generate a Go-style bucket hash map that implements the
 * annotated interface.
 *
 * <p>For {@code @BucketMap(key = long.class, value = String.class) interface Foo} in package
 * {@code p}, {@code javac} writes {@code p.BucketMap_Foo} (for a nested {@code p.Outer.Foo},
 * {@code p.BucketMap_Outer_Foo}): a {@code public final} class with a no-argument constructor and
 * a presizing {@code (int expectedSize)} constructor. Every abstract method of the interface must
 * be one of the method forms the processor knows ({@code get}, {@code put}, {@code remove},
 * {@code compute}, {@code forEach}, {@code cursor} and the rest); anything else is a compile
 * error on that method.
 *
 * <pre>{@code
 * @BucketMap(key = long.class, value = String.class)
 * interface UserNames {
 *   String get(long id);
 *   String put(long id, String name);
 *   int size();
 * }
 *
 * UserNames names = new BucketMap_UserNames();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BucketMap {
    /**
     * The key type: {@code byte}, {@code short}, {@code char}, {@code int}, {@code long}, {@code
     * float}, {@code double}, or any class, interface, record or enum; not {@code boolean}, an
     * array or a primitive wrapper.
     *
     * @return the key type, such as {@code long.class}
     */
    Class<?> key();

    /**
     * The value type: any of the eight primitive types, or any reference type.
     *
     * @return the value type, such as {@code String.class}
     */
    Class<?> value();
}
