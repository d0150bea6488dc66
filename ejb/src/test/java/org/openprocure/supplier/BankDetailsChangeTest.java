package org.openprocure.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;
import org.openprocure.shared.TransitionNotAllowedException;

class BankDetailsChangeTest {

    private static final BankDetails NEW_ACCOUNT = new BankDetails("FR76 3000 6000 0112 3456 7890 189", "BNPAFRPP", "Bureau Fournitures SA");

    private final Supplier supplier = new Supplier(new SupplierDraft("SUP-1001", "Bureau Fournitures SA", "FR23412345678", "FR",
            "compta@bureau-fournitures.example", "fr"));

    @Test
    void requestLeavesSupplierUnchanged() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "sophie");

        assertEquals(BankDetailsChangeStatus.PENDING, change.getStatus());
        assertNull(supplier.getIban());
        assertNull(supplier.getBic());
        assertNull(supplier.getAccountHolder());
    }

    @Test
    void approvalReplacesSupplierBankDetails() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "sophie");

        change.approve("bruno");

        assertEquals(BankDetailsChangeStatus.APPROVED, change.getStatus());
        assertEquals("bruno", change.getDecidedBy());
        assertNotNull(change.getDecidedAt());
        assertEquals("FR7630006000011234567890189", supplier.getIban());
        assertEquals("BNPAFRPP", supplier.getBic());
        assertEquals("Bureau Fournitures SA", supplier.getAccountHolder());
    }

    @Test
    void requesterCannotApproveOwnChange() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "bruno");

        DutySegregationException error = assertThrows(DutySegregationException.class, () -> change.approve("bruno"));

        assertEquals("error.bankDetails.ownApproval", error.messageKey());
        assertEquals(BankDetailsChangeStatus.PENDING, change.getStatus());
        assertNull(supplier.getIban());
    }

    @Test
    void requesterMayRejectOwnChange() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "bruno");

        change.reject("bruno", "Wrong account holder");

        assertEquals(BankDetailsChangeStatus.REJECTED, change.getStatus());
        assertEquals("Wrong account holder", change.getRejectionReason());
        assertNull(supplier.getIban());
    }

    @Test
    void rejectionNeedsReason() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "sophie");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> change.reject("agnes", " "));

        assertEquals("error.missing", error.messageKey());
        assertEquals(BankDetailsChangeStatus.PENDING, change.getStatus());
    }

    @Test
    void decidedChangeCannotBeDecidedAgain() {
        BankDetailsChange change = new BankDetailsChange(supplier, NEW_ACCOUNT, "sophie");
        change.reject("agnes", "Not confirmed by phone");

        assertThrows(TransitionNotAllowedException.class, () -> change.approve("bruno"));
        assertThrows(TransitionNotAllowedException.class, () -> change.reject("bruno", "Again"));
        assertNull(supplier.getIban());
    }

    @Test
    void notificationShowsOnlyIbanEnding() {
        Date changedOn = new Date();
        for (Locale locale : Messages.SUPPORTED) {
            String body = Messages.format(locale, "notification.bankDetailsChanged.body", "Bureau Fournitures SA", changedOn, "0189");

            assertTrue(body.contains("Bureau Fournitures SA"), body);
            assertTrue(body.contains("0189"), body);
            assertFalse(body.contains("FR7630006000011234567890189"), body);
            assertFalse(body.contains("{"), body);
        }
    }

    @Test
    void frenchNotificationKeepsApostrophes() {
        String body = Messages.format(Locale.FRENCH, "notification.bankDetailsChanged.body", "Bureau Fournitures SA", new Date(), "0189");

        assertTrue(body.contains("l'IBAN se termine par 0189"), body);
        assertTrue(body.contains("Si vous n'avez pas demandé ce changement"), body);
    }
}
