package dev.bucketmap.examples.kotlin

import dev.bucketmap.BucketMap

/**
 * Session owners as a whole Kotlin `MutableMap<Long, String>`: the generated class implements
 * `java.util.Map`, which Kotlin sees as `MutableMap`, so it drops in wherever one is expected.
 */
@BucketMap(key = Long::class, value = String::class)
interface Sessions : MutableMap<Long, String>
