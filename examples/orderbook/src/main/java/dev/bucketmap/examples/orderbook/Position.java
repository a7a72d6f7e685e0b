package dev.bucketmap.examples.orderbook;

/**
 * What one account has traded so far: shares bought, shares sold, and the cash that
 * moved (in ticks; buying spends, selling earns). Immutable, so positions are combined
 * with {@code merge(account, fill, Position::plus)}.
 */
public record Position(long bought, long sold, long cash) {

    /** The position change of one execution. */
    public static Position fill(Side side, int quantity, long priceTicks) {
        long value = quantity * priceTicks;
        return side == Side.BUY ? new Position(quantity, 0, -value) : new Position(0, quantity, value);
    }

    /** Both changes together. */
    public Position plus(Position other) {
        return new Position(bought + other.bought, sold + other.sold, cash + other.cash);
    }

    /** Shares held now: bought minus sold. */
    public long net() {
        return bought - sold;
    }
}
