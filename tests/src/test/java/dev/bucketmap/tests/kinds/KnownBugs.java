package dev.bucketmap.tests.kinds;

/**
 * Contract violations found in generated code and not fixed yet. The differential harness
 * steers around each one (so it keeps testing everything else), and a focused test marked
 * {@code @Disabled} reproduces it. When the processor is fixed: set the flag to false and
 * enable the focused test.
 */
final class KnownBugs {
    private KnownBugs() {}

    /**
     * {@code addValue(missingKey, -0.0)} on a float/double map without {@code defaultValue()}
     * stores and returns {@code -0.0}, but absent counts as {@code 0.0} and {@code 0.0 + -0.0}
     * is {@code +0.0} (and the two are different values by the contract's Double.equals rule).
     * The generator writes {@code sum = value} instead of {@code sum = 0.0 + value}.
     * Focused test: {@link AbsentValueTest#addValueOfNegativeZeroToAnAbsentKeyIsPositiveZero}.
     */
    static final boolean ADD_VALUE_SKIPS_ZERO_FOR_ABSENT = true;
}
