/**
 * A library module whose API is a generated map. Its exported package holds the annotated
 * interface and, beside it, the generated {@code BucketMap_UserNames}, whose signatures show
 * {@code @BucketMap} and {@code MapStats}: so both requires are {@code transitive}, and modules
 * that read this one read those two as well. {@code static}: the annotation is needed only to
 * compile, never at run time.
 */
module dev.bucketmap.examples.jpms.names {
    requires static transitive dev.bucketmap;
    requires transitive dev.bucketmap.runtime;

    exports dev.bucketmap.examples.jpms.names;
}
