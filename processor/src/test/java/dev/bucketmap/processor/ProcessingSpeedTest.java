package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ProcessingSpeed} working: a small instance, printed, with no assertion on time
 * (shared CI machines vary too much). Run its main method for the real measurement.
 */
class ProcessingSpeedTest {
    @Test
    void measuresASmallSet() throws Exception {
        ProcessingSpeed.Result result = ProcessingSpeed.measure(16, 1, 1);
        System.out.println("ProcessingSpeed, small instance: " + result.describe());
        assertTrue(result.withMs() > 0 && result.withoutMs() > 0);
    }
}
