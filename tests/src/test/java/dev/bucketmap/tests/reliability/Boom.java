package dev.bucketmap.tests.reliability;

/** What misbehaving user code throws in these tests. */
final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom(String where) {
        super("boom in " + where);
    }
}
