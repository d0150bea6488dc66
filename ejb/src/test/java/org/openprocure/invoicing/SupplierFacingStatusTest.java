package org.openprocure.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierFacingStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "AWAITING_MATCH, IN_PROCESS",
            "AWAITING_RECEIPT, AWAITING_RECEIPT",
            "NO_ORDER_REFERENCE, UNDER_REVIEW",
            "DISCREPANCY, UNDER_REVIEW",
            "AWAITING_APPROVAL, UNDER_REVIEW",
            "HEADER_ONLY_REVIEW, UNDER_REVIEW",
            "MATCHED, APPROVED",
            "MATCHED_WITHIN_TOLERANCE, APPROVED",
            "DISCREPANCY_ACCEPTED, APPROVED",
            "APPROVED_WITHOUT_ORDER, APPROVED",
            "REFUSED, REFUSED",
            "REJECTED, REJECTED",
    })
    void matchStatusMapsForSupplier(InvoiceStatus status, SupplierFacingStatus expected) {
        assertEquals(expected, SupplierFacingStatus.of(status));
    }
}
