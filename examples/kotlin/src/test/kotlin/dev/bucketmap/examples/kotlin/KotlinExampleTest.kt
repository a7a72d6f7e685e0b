package dev.bucketmap.examples.kotlin

import java.io.ByteArrayOutputStream
import java.io.PrintStream
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** Runs the example: every line must be what the maps, checked against HashMap, hold. */
class KotlinExampleTest {
    @Test
    fun printsWhatTheMapsHold() {
        val bytes = ByteArrayOutputStream()
        run(PrintStream(bytes, true, Charsets.UTF_8))
        assertEquals(
            listOf(
                "names: {1=Ada, 2=GRACE, 4=Edsger} (size 3, keys [1, 2, 4])",
                "get(3): null, containsKey(4): true",
                "counts of words seen twice or more: {and=2, the=3}, get(\"cat\"): 0",
                "sessions: {10=ada, 12=edsger} == a HashMap with the same entries: true",
                "scores: {1=10.0, 2=7.0}, sum 17.0",
            ),
            bytes.toString(Charsets.UTF_8).lines().dropLastWhile { it.isEmpty() },
        )
    }
}
