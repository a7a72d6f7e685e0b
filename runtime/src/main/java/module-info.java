/**
 * What the generated maps call at run time. A module with generated maps writes {@code requires
 * dev.bucketmap.runtime;}, or {@code requires transitive dev.bucketmap.runtime;} if it exports a
 * map (its {@code stats()} returns {@link dev.bucketmap.runtime.MapStats}).
 */
module dev.bucketmap.runtime {
    exports dev.bucketmap.runtime;
}
