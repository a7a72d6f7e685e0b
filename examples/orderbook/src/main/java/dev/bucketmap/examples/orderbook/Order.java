package dev.bucketmap.examples.orderbook;

/**
 * A resting limit order, as an exchange gateway keeps it in memory.
 *
 * @param id the exchange-assigned order id, the key of the order index
 * @param account the trading account that owns the order
 * @param side buy or sell
 * @param symbol the instrument
 * @param priceTicks the limit price in ticks (integral, as exchanges count prices)
 * @param quantity the open quantity in shares
 */
public record Order(long id, long account, Side side, String symbol, long priceTicks, int quantity) {

    /** The same order with a new open quantity, as after an amendment. */
    public Order withQuantity(int newQuantity) {
        return new Order(id, account, side, symbol, priceTicks, newQuantity);
    }

    /** Price times open quantity, in ticks. */
    public long notional() {
        return priceTicks * quantity;
    }
}
