package dev.bucketmap.tests.reliability;

/**
 * A key whose {@code hashCode()} and {@code equals()} throw on demand. Hash codes repeat every 7
 * ids, so lookups call {@code equals} on other keys of the chain too.
 */
final class Touchy {
    static volatile boolean hashCodeThrows;
    static volatile boolean equalsThrows;

    final int id;

    Touchy(int id) {
        this.id = id;
    }

    @Override
    public int hashCode() {
        if (hashCodeThrows) {
            throw new Boom("Touchy.hashCode");
        }
        return id % 7;
    }

    @Override
    public boolean equals(Object o) {
        if (equalsThrows) {
            throw new Boom("Touchy.equals");
        }
        return o instanceof Touchy t && t.id == id;
    }

    @Override
    public String toString() {
        return "t" + id;
    }
}
