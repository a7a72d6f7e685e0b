/**
 * The {@code @BucketMap} and {@code @BucketSet} annotations. Only the compiler needs them (both have class
 * retention), so a module that uses them writes {@code requires static dev.bucketmap;}, or {@code
 * requires static transitive dev.bucketmap;} if it exports an annotated interface.
 */
module dev.bucketmap {
    exports dev.bucketmap;
}
