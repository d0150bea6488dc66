package org.openprocure.web.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;

class FieldErrorsTest {

    private static final Map<String, String> DISPUTE_INPUTS = Map.of(
            "reason", "disputeForm:disputeReason",
            "description", "disputeForm:disputeDescription",
            "deadline", "disputeForm:disputeDeadline");

    @Test
    void missingFieldGoesToItsInput() {
        assertEquals(Optional.of("disputeForm:disputeDescription"),
                FieldErrors.inputOf(new InvalidInputException("error.missing", "description"), DISPUTE_INPUTS));
        assertEquals(Optional.of("disputeForm:disputeReason"),
                FieldErrors.inputOf(new InvalidInputException("error.missing", "reason"), DISPUTE_INPUTS));
    }

    @Test
    void tooLongFieldGoesToItsInput() {
        assertEquals(Optional.of("disputeForm:disputeDescription"),
                FieldErrors.inputOf(new InvalidInputException("error.tooLong", "description", "2001", "2000"), DISPUTE_INPUTS));
    }

    @Test
    void pastDeadlineGoesToDeadline() {
        assertEquals(Optional.of("disputeForm:disputeDeadline"),
                FieldErrors.inputOf(new InvalidInputException("error.dispute.pastDeadline", "2020-01-01"), DISPUTE_INPUTS));
    }

    @Test
    void fieldOfAnotherFormStaysGlobal() {
        assertEquals(Optional.empty(), FieldErrors.inputOf(new InvalidInputException("error.missing", "paidOn"), DISPUTE_INPUTS));
    }

    @Test
    void transitionErrorStaysGlobal() {
        TransitionNotAllowedException error = new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, "FA-1", InvoiceStatus.DISCREPANCY,
                "put on hold");

        assertEquals(Optional.empty(), FieldErrors.inputOf(error, Map.of("reason", "holdForm:holdReason")));
    }

    @Test
    void fileNameKeepsSafeCharacters() {
        assertEquals("FA-2026.001_A_B", InvoiceBacking.fileName("FA-2026.001/A B"));
    }
}
