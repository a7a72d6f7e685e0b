package dev.bucketmap.tests;

import dev.bucketmap.BucketMap;

/** All forms, every one inherited from a plain (unannotated) superinterface. */
@BucketMap(key = long.class, value = String.class)
public interface JufMap extends LongStringOps {}
