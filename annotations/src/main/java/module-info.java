/**
 * The {@code @BucketMap} annotation. Only the compiler needs it ({@code @BucketMap} has class
 * retention), so a module that uses it writes {@code requires static dev.bucketmap;}, or {@code
 * requires static transitive dev.bucketmap;} if it exports an annotated interface.
 */
module dev.bucketmap {
    exports dev.bucketmap;
}
