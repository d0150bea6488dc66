package org.openprocure.receiving;

/** CDI event: a goods receipt was posted, fired in the transaction that stores it. */
public record GoodsReceiptPosted(long receiptId) {
}
