package org.openprocure.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.TestOrders;
import org.openprocure.receiving.GoodsReceiptLine;
import org.openprocure.receiving.TestReceipts;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;

class ReturnClaimTest {

    private final PurchaseOrder order = TestOrders.order("PO-RT", "10", "4.20", "1");
    private final GoodsReceiptLine receiptLine = TestReceipts.receipt("GR-000007", order, "10").getLines().get(0);

    @Test
    void quantityAboveWhatIsLeftIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> post("3", ReturnRemedy.CREDIT_NOTE, new BigDecimal("8")));

        assertEquals("error.return.overAccepted", error.messageKey());
        assertEquals("Goods receipt GR-000007 accepted 10 C62 on order line 1, and returns already took 8 C62 of them:"
                + " a return of 3 C62 is more than the 2 C62 left.", error.getMessage());
        assertEquals(0, line().getReturnedQuantity().signum(), "nothing counted as returned");
    }

    @Test
    void zeroQuantityIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> post("0", ReturnRemedy.CREDIT_NOTE, BigDecimal.ZERO));

        assertEquals("error.notPositive", error.messageKey());
    }

    @Test
    void otherReasonNeedsComment() {
        ReturnDraft draft = new ReturnDraft(1L, "1", null, ReturnReason.OTHER, BigDecimal.ONE, ReturnRemedy.CREDIT_NOTE, " ");

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new ReturnClaim("RT-000001", receiptLine, BigDecimal.TEN, BigDecimal.ZERO, null, draft, "bruno"));

        assertEquals("error.return.commentRequired", error.messageKey());
    }

    @Test
    void postingCountsReturnedQuantityOnOrderLine() {
        ReturnClaim claim = post("3", ReturnRemedy.CREDIT_NOTE, BigDecimal.ZERO);

        assertEquals(ReturnStatus.OPEN, claim.getStatus());
        assertEquals(0, new BigDecimal("3").compareTo(line().getReturnedQuantity()));
        assertEquals("C62", claim.getUnitCode());
        assertEquals("EUR", claim.getCurrency());
        assertEquals(order, claim.getPurchaseOrder());
    }

    @ParameterizedTest(name = "{0} at {1} per {2} → {3}")
    @CsvSource({
            "3,   4.20,   1,   12.60",
            "7,   12.345, 100, 0.86",
            "1,   0.125,  1,   0.13",
            "2.5, 3.30,   10,  0.83",
    })
    void expectedCreditIsOrderPriceRoundedHalfUp(String quantity, String price, String basis, String expected) {
        PurchaseOrder priced = TestOrders.order("PO-PRICE", "100", price, basis);

        assertEquals(new BigDecimal(expected), ReturnClaim.valueOf(new BigDecimal(quantity), priced.line("1")));
    }

    @Test
    void replacementExpectsNoCredit() {
        ReturnClaim claim = post("3", ReturnRemedy.REPLACEMENT, BigDecimal.ZERO);

        assertNull(claim.getExpectedCreditAmount());
    }

    @Test
    void settlementDerivesStatus() {
        ReturnClaim claim = post("3", ReturnRemedy.CREDIT_NOTE, BigDecimal.ZERO);

        assertFalse(claim.settle(BigDecimal.ONE), "partly credited stays open");
        assertEquals(ReturnStatus.OPEN, claim.getStatus());
        assertTrue(claim.settle(new BigDecimal("3")));
        assertEquals(ReturnStatus.CREDITED, claim.getStatus());
        assertFalse(claim.settle(new BigDecimal("3")), "same settlement changes nothing");
        assertTrue(claim.settle(BigDecimal.ZERO), "credit gone, open again");
        assertEquals(ReturnStatus.OPEN, claim.getStatus());
    }

    @Test
    void replacementSettlesAsReplaced() {
        ReturnClaim claim = post("3", ReturnRemedy.REPLACEMENT, BigDecimal.ZERO);

        claim.settle(new BigDecimal("3"));

        assertEquals(ReturnStatus.REPLACED, claim.getStatus());
    }

    @Test
    void cancelTakesQuantityBack() {
        ReturnClaim claim = post("3", ReturnRemedy.CREDIT_NOTE, BigDecimal.ZERO);

        claim.cancel("Saisi par erreur", "bruno");

        assertEquals(ReturnStatus.CANCELLED, claim.getStatus());
        assertEquals(0, line().getReturnedQuantity().signum());
        assertFalse(claim.settle(new BigDecimal("3")), "a cancelled return is not settled");
        assertEquals(ReturnStatus.CANCELLED, claim.getStatus());
    }

    @Test
    void settledReturnCannotBeCancelled() {
        ReturnClaim claim = post("3", ReturnRemedy.CREDIT_NOTE, BigDecimal.ZERO);
        claim.settle(new BigDecimal("3"));

        assertThrows(TransitionNotAllowedException.class, () -> claim.cancel(null, "bruno"));
        assertEquals(0, new BigDecimal("3").compareTo(line().getReturnedQuantity()));
    }

    private ReturnClaim post(String quantity, ReturnRemedy remedy, BigDecimal returnedBefore) {
        ReturnDraft draft = new ReturnDraft(1L, "1", null, ReturnReason.DEFECTIVE, new BigDecimal(quantity), remedy, "Feuilles froissées");
        return new ReturnClaim("RT-000001", receiptLine, BigDecimal.TEN, returnedBefore, null, draft, "bruno");
    }

    private PurchaseOrderLine line() {
        return order.line("1");
    }
}
