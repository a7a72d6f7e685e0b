package dev.bucketmap.examples.orderbook;

import dev.bucketmap.BucketMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * Positions by account id. The processor generates {@code BucketMap_PositionBook}.
 *
 * <p>Here the functional parameters are plain {@code java.util.function} types; a boxed
 * {@code BiConsumer<Long, Position>} is accepted for a {@code long} key too.
 */
@BucketMap(key = long.class, value = Position.class)
public interface PositionBook {

    /** The account's position, or {@code null} if it has not traded. */
    Position get(long account);

    /**
     * Adds a fill to the account's position: stores {@code fill} if the account has none,
     * else {@code combine(position, fill)}. Returns the new position.
     */
    Position merge(long account, Position fill, BinaryOperator<Position> combine);

    /** The number of accounts that have traded. */
    int size();

    /** Visits every account's position once, in a random order. */
    void forEach(BiConsumer<Long, Position> action);
}
