package dev.bucketmap.benchmarks.peers;

/** The three key/value combinations the benchmarks cover. */
public enum Kind {
    LONG_STRING("long → String"),
    INT_INT("int → int"),
    STRING_INT("String → int");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** As printed in reports, e.g. {@code long → String}. */
    public String label() {
        return label;
    }
}
