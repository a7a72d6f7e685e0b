/**
 * A program module. Its own map is private to it (its package is not exported), so plain
 * {@code requires} do: {@code static} for the annotations, which only the compiler reads. It
 * also uses the map that the names module exports.
 */
module dev.bucketmap.examples.jpms.app {
    requires static dev.bucketmap;
    requires dev.bucketmap.runtime;
    requires dev.bucketmap.examples.jpms.names;
}
