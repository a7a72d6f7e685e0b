package dev.bucketmap.examples.kotlin

import dev.bucketmap.BucketMap
import java.util.function.BiConsumer
import java.util.function.BiFunction
import java.util.function.LongFunction

/**
 * User names by user id: `Long::class` is the primitive `long` key, stored unboxed. A functional
 * parameter may be a Java functional interface or a Kotlin function type; either takes a lambda.
 */
@BucketMap(key = Long::class, value = String::class)
interface UserNames {
    fun put(userId: Long, name: String): String?
    fun get(userId: Long): String?
    fun remove(userId: Long): String?
    fun size(): Int
    fun isEmpty(): Boolean
    fun containsKey(userId: Long): Boolean
    fun computeIfAbsent(userId: Long, fn: LongFunction<String>): String?
    fun compute(userId: Long, fn: BiFunction<Long, String?, String?>): String?
    fun forEach(action: BiConsumer<Long, String>)
    fun removeIf(filter: (Long, String) -> Boolean): Boolean
    fun keys(): LongArray
}
