/**
 * Outbound documents to suppliers: the channel each supplier receives its orders on, and the
 * deliveries of orders, order changes, cancellations and goods receipts with their retries.
 */
package org.openprocure.outbound;
