package org.openprocure.receiving;

/** A receiver posted a goods receipt; observers act after the transaction commits. */
public record GoodsReceiptPosted(long receiptId) {
}
