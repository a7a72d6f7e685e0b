package dev.bucketmap.examples.dropin;

/** Made-up user ids and names, the same on every run. */
final class Staff {

    private static final String[] FIRST = {
        "Ada", "Alan", "Barbara", "Bjarne", "Brian", "Dennis", "Donald", "Edsger", "Frances", "Grace",
        "Guido", "James", "Jean", "Joan", "John", "Ken", "Leslie", "Linus", "Margaret", "Niklaus",
        "Radia", "Rob", "Robert", "Shafi", "Sophie", "Tony", "Ward", "Yukihiro",
    };
    private static final String[] SURNAMES = {
        "Allen", "Backus", "Dijkstra", "Goldwasser", "Hamilton", "Hoare", "Hopper", "Kay", "Kernighan",
        "Knuth", "Lamport", "Liskov", "Lovelace", "McCarthy", "Perlman", "Pike", "Ritchie", "Sammet",
        "Stroustrup", "Thompson", "Torvalds", "Turing", "Wilson", "Wirth",
    };
    /** An odd constant: multiplying by it is a bijection on longs, so ids never repeat. */
    private static final long SPREAD = 0x9E37_79B9_7F4A_7C15L;

    private Staff() {}

    /** The id of user number {@code n} (n >= 1): distinct for every n below 2^40, positive, scattered. */
    static long id(long n) {
        return (n * SPREAD) >>> 1;
    }

    /** A name for user number {@code n}. */
    static String name(long n) {
        long mixed = id(n + 7);
        return FIRST[(int) Long.remainderUnsigned(mixed, FIRST.length)] + " "
                + SURNAMES[(int) Long.remainderUnsigned(mixed >>> 20, SURNAMES.length)];
    }
}
