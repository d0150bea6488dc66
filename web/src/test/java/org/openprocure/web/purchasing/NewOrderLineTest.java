package org.openprocure.web.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.purchasing.OrderLineDraft;

class NewOrderLineTest {

    @Test
    void untouchedLineNotTyped() {
        NewOrderLine line = new NewOrderLine();

        assertFalse(line.isTyped(), "the default unit code and VAT rate alone add no line");
        assertEquals("C62", line.getUnitCode());
        assertEquals(new BigDecimal("20"), line.getVatRate());
    }

    @Test
    void blankDescriptionNotTyped() {
        NewOrderLine line = new NewOrderLine();
        line.setDescription("  ");

        assertFalse(line.isTyped());
    }

    @Test
    void quantityAloneIsTyped() {
        NewOrderLine line = new NewOrderLine();
        line.setQuantity(new BigDecimal("2"));

        assertTrue(line.isTyped(), "the service then names the missing description");
    }

    @Test
    void draftCarriesTypedValues() {
        NewOrderLine line = new NewOrderLine();
        line.setDescription("Toner noir");
        line.setSupplierPartNumber("TN-2420");
        line.setQuantity(new BigDecimal("2"));
        line.setUnitPrice(new BigDecimal("45.50"));
        line.setDeliveryDate(LocalDate.of(2027, 1, 29));

        OrderLineDraft draft = line.toDraft();

        assertNull(draft.lineNumber(), "the order numbers the line");
        assertEquals("Toner noir", draft.description());
        assertEquals("TN-2420", draft.supplierPartNumber());
        assertEquals(new BigDecimal("2"), draft.quantity());
        assertEquals("C62", draft.unitCode());
        assertEquals(new BigDecimal("45.50"), draft.unitPrice());
        assertEquals(BigDecimal.ONE, draft.priceBasisQuantity());
        assertEquals(new BigDecimal("20"), draft.vatRate());
        assertEquals(LocalDate.of(2027, 1, 29), draft.deliveryDate());
    }
}
