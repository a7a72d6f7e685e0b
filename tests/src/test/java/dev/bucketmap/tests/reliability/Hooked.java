package dev.bucketmap.tests.reliability;

/** A key whose {@code hashCode()} runs a hook first, when one is set; its hash code is its id. */
final class Hooked {
    static volatile Runnable onHashCode;

    final int id;

    Hooked(int id) {
        this.id = id;
    }

    @Override
    public int hashCode() {
        Runnable hook = onHashCode;
        if (hook != null) {
            hook.run();
        }
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hooked h && h.id == id;
    }

    @Override
    public String toString() {
        return "h" + id;
    }
}
