package dev.bucketmap.tests.map;

import dev.bucketmap.BucketMap;
import java.util.Map;

/** Record keys with long values, as a {@code Map<Cell, Long>}; reached through a superinterface. */
@BucketMap(key = Cell.class, value = long.class)
public interface CellMap extends CellTable {
    long addValue(Cell key, long delta);
}

/** A plain interface between the annotated one and {@code Map}. */
interface CellTable extends Map<Cell, Long> {}
