package org.openprocure.purchasing;

/**
 * CDI event: the supplier answered an order, fired in the transaction that records the answer.
 *
 * @param outcome CONFIRMED for the whole order, CONFIRMED_BY_LINE for a confirmation per line, REJECTED
 */
public record OrderConfirmationReceived(long orderId, String outcome) {
}
