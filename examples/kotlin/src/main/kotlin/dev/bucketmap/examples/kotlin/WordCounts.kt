package dev.bucketmap.examples.kotlin

import dev.bucketmap.BucketMap

/** Counts per word: `Int::class` values are stored as `int`, and `addValue` adds to them. */
@BucketMap(key = String::class, value = Int::class)
interface WordCounts {
    fun addValue(word: String, delta: Int): Int
    fun get(word: String): Int
    fun size(): Int
    fun removeIf(filter: Filter): Boolean
    fun cursor(): Cursor

    /** A Kotlin `fun interface`: callers pass a lambda. */
    fun interface Filter {
        fun test(word: String, count: Int): Boolean
    }

    /** Allocation-free iteration: `while (c.next()) use(c.key(), c.value())`. */
    interface Cursor {
        fun next(): Boolean
        fun key(): String
        fun value(): Int
    }
}
