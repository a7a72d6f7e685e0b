package dev.bucketmap.tests;

/** A read-only cursor: the three required methods and nothing else. */
public interface LongStringReader {
    boolean next();

    long key();

    String value();
}
