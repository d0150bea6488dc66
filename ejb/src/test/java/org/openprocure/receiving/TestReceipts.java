package org.openprocure.receiving;

import java.math.BigDecimal;

import org.openprocure.purchasing.PurchaseOrder;

/** Builds goods receipts in memory for unit tests of other packages, without a database. */
public final class TestReceipts {

    private TestReceipts() {
    }

    /** Returns a receipt of the order's line "1" that accepts all it received; the order line counts it. */
    public static GoodsReceipt receipt(String number, PurchaseOrder order, String received) {
        GoodsReceipt receipt = new GoodsReceipt(number, order, "rachid");
        receipt.post(new ReceivingService.ReceivedLine("1", new BigDecimal(received), null, BigDecimal.ZERO, null, null));
        return receipt;
    }
}
