package dev.bucketmap.runtime;

/** Child-JVM main for {@link SeedsTest}: prints the mode and a few seeds and traversal values. */
public final class PrintSeeds {

    private PrintSeeds() {}

    public static void main(String[] args) {
        System.out.println("deterministic=" + (System.getProperty(Seeds.PROPERTY) != null));
        for (int i = 0; i < 4; i++) {
            System.out.println("seed=" + Seeds.next());
            System.out.println("random=" + Iteration.random());
        }
    }
}
