package org.openprocure.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
}
