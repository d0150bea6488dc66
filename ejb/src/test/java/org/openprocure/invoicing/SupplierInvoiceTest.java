package org.openprocure.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierDraft;

class SupplierInvoiceTest {

    @ParameterizedTest(name = "seller {0}, supplier {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "FR23412345678, FR23412345678, true",
            "fr 234 123 456 78, FR23412345678, true",
            "FR23412345678, FR45987654321, false",
            "175 269 2355, GB1752692355, true",
            "GB1752692355, 1752692355, true",
            "DE23412345678, FR23412345678, false",
            "-, FR23412345678, true",
            "FR23412345678, -, true",
    })
    void sellerMayBeOrderSupplier(String sellerVatId, String supplierVatId, boolean expected) {
        IncomingInvoice incoming = new IncomingInvoice("F1", null, "EUR", "PO1", "Seller", sellerVatId, null, null, null, List.of());
        SupplierInvoice invoice = new SupplierInvoice(incoming, "UBL 2.1", "sophie");

        assertEquals(expected, invoice.mayComeFrom(new Supplier(new SupplierDraft("SUP-1", "Supplier", supplierVatId, "FR", null, null))));
    }

    @Test
    void lineOrdersJoinTheDocumentOrder() {
        SupplierInvoice invoice = new SupplierInvoice(new IncomingInvoice("F2", null, "EUR", "PO1", "Seller", null, null, null, null,
                List.of(line("1", null), line("2", "PO2"), line("3", "PO1"), line("4", "PO2"))), "UBL 2.1", "sophie");

        assertEquals(List.of("PO1", "PO2"), List.copyOf(invoice.orderNumbers()));
        assertEquals(InvoiceStatus.AWAITING_MATCH, invoice.getStatus());
    }

    @Test
    void lineOrderAloneIsAnOrderReference() {
        SupplierInvoice invoice = new SupplierInvoice(new IncomingInvoice("F3", null, "EUR", null, "Seller", null, null, null, null,
                List.of(line("1", "PO7"))), "UBL 2.1", "sophie");

        assertEquals(List.of("PO7"), List.copyOf(invoice.orderNumbers()));
        assertEquals(InvoiceStatus.AWAITING_MATCH, invoice.getStatus());
        assertEquals("PO7", invoice.getLines().get(0).orderNumber());
    }

    @Test
    void rejectedInvoiceIsLifecycle213() {
        SupplierInvoice invoice = SupplierInvoice.rejected(new IncomingInvoice("F5", null, "EUR", "PO1", "Seller", null, null, null, null,
                List.of(line("1", null))), "UBL 2.1", "sophie");

        assertEquals(InvoiceStatus.REJECTED, invoice.getStatus());
        assertTrue(invoice.isRejected());
        assertEquals(LifecycleStatus.REJECTED, invoice.lifecycle(true, true), "rejection outranks a dispute");
        assertEquals("213", LifecycleStatus.REJECTED.code());
        assertThrows(TransitionNotAllowedException.class, () -> invoice.hold("checking"));
    }

    @Test
    void rejectedInvoiceWithoutHeaderKept() {
        SupplierInvoice invoice = SupplierInvoice.rejected(new IncomingInvoice(null, null, null, null, null, null, null, null, null,
                List.of()), "UBL 2.1", "sophie");

        assertEquals(InvoiceStatus.REJECTED, invoice.getStatus());
        assertNull(invoice.getNumber());
        assertNull(invoice.getSellerKey());
    }

    @Test
    void noReferenceAnywhereWaitsForAnOrder() {
        SupplierInvoice invoice = new SupplierInvoice(new IncomingInvoice("F4", null, "EUR", null, "Seller", null, null, null, null,
                List.of(line("1", null))), "UBL 2.1", "sophie");

        assertEquals(InvoiceStatus.NO_ORDER_REFERENCE, invoice.getStatus());
    }

    private static IncomingInvoice.Line line(String id, String orderNumber) {
        return new IncomingInvoice.Line(id, "1", null, "Article", BigDecimal.ONE, "C62", BigDecimal.ONE, null, BigDecimal.ONE, null,
                orderNumber, List.of());
    }
}
