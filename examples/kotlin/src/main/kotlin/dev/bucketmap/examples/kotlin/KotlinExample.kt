package dev.bucketmap.examples.kotlin

import java.io.PrintStream

/** Runs every part and prints what it saw; sorted, since every map iterates in random order. */
fun main() {
    run(System.out)
}

fun run(out: PrintStream) {
    // A primitive-keyed map, with Kotlin lambdas for its functional parameters.
    val names: UserNames = BucketMap_UserNames()
    names.put(1L, "Ada")
    names.put(2L, "Grace")
    names.computeIfAbsent(3L) { id -> "user$id" }
    names.compute(2L) { _, old -> old?.uppercase() }
    names.compute(4L) { _, old -> old ?: "Edsger" }
    names.remove(3L)
    names.put(5L, "guest")
    names.removeIf { _, name -> name == "guest" }
    val listed = sortedMapOf<Long, String>()
    names.forEach { id, name -> listed[id] = name }
    out.println("names: $listed (size ${names.size()}, keys ${names.keys().sorted()})")
    out.println("get(3): ${names.get(3L)}, containsKey(4): ${names.containsKey(4L)}")

    // String -> int counts: addValue, a fun interface filter, an allocation-free cursor.
    val counts: WordCounts = BucketMap_WordCounts()
    "the cat and the hat and the bat".split(" ").forEach { counts.addValue(it, 1) }
    counts.removeIf { _, count -> count == 1 }
    val cursor = counts.cursor()
    val seen = sortedMapOf<String, Int>()
    while (cursor.next()) {
        seen[cursor.key()] = cursor.value()
    }
    out.println("counts of words seen twice or more: $seen, get(\"cat\"): ${counts.get("cat")}")

    // A whole MutableMap, declared in Kotlin: Kotlin's map operators work on it.
    val sessions: MutableMap<Long, String> = BucketMap_Sessions()
    sessions[10L] = "ada"
    sessions[11L] = "grace"
    sessions.getOrPut(12L) { "edsger" }
    sessions -= 11L
    out.println("sessions: ${sessions.toSortedMap()} == a HashMap with the same entries: "
        + (sessions == hashMapOf(10L to "ada", 12L to "edsger")))

    // A MutableMap declared in Java, in the same module.
    val scores: MutableMap<Long, Double> = BucketMap_Scores()
    scores[1L] = 9.5
    scores.merge(1L, 0.5, Double::plus)
    scores[2L] = 7.0
    out.println("scores: ${scores.toSortedMap()}, sum ${scores.values.sum()}")
}
