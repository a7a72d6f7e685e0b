package dev.bucketmap.tests.reliability;

/** A value whose {@code equals()} throws on demand. */
final class Fragile {
    static volatile boolean equalsThrows;

    final String name;

    Fragile(String name) {
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        if (equalsThrows) {
            throw new Boom("Fragile.equals");
        }
        return o instanceof Fragile f && f.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
