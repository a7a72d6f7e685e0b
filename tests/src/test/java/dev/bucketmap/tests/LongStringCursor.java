package dev.bucketmap.tests;

/** A full cursor: read, overwrite and remove the current entry. */
public interface LongStringCursor {
    boolean next();

    long key();

    String value();

    void setValue(String value);

    void remove();
}
