package org.openprocure.it;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Builds small UBL 2.1 invoices and credit notes of one line from Bureau Fournitures SA
 * (FR23412345678), written as a supplier's software would write them, for the match cases. They
 * meet the EN 16931 rules, so the server accepts them; they claim no Peppol or French profile.
 */
final class UblDocuments {

    private UblDocuments() {
    }

    /** An invoice line: quantity as written, unit code, net price for the base quantity (null for 1), and line amount. */
    record Line(String orderLine, String quantity, String unit, String price, String baseQuantity, String amount) {
    }

    static byte[] invoice(String number, String orderNumber, Line line) {
        return invoice(number, orderNumber, line, "20");
    }

    /** An invoice whose line and total carry VAT at the rate given in percent. */
    static byte[] invoice(String number, String orderNumber, Line line, String vatPercent) {
        return document("Invoice", "InvoiceLine", "InvoicedQuantity", number, orderNumber, null, line, vatPercent);
    }

    static byte[] creditNote(String number, String orderNumber, String creditedInvoice, Line line) {
        return document("CreditNote", "CreditNoteLine", "CreditedQuantity", number, orderNumber, creditedInvoice, line, "20");
    }

    private static byte[] document(String root, String lineElement, String quantityElement, String number, String orderNumber,
                                   String precedingInvoice, Line line, String vatPercent) {
        BigDecimal net = new BigDecimal(line.amount());
        BigDecimal vat = net.multiply(new BigDecimal(vatPercent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        String billingReference = precedingInvoice == null ? "" : """
                    <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>%s</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
                """.formatted(precedingInvoice);
        String baseQuantity = line.baseQuantity() == null ? ""
                : "<cbc:BaseQuantity unitCode=\"%s\">%s</cbc:BaseQuantity>".formatted(line.unit(), line.baseQuantity());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <%1$s xmlns="urn:oasis:names:specification:ubl:schema:xsd:%1$s-2"
                      xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                      xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                    <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
                    <cbc:ID>%2$s</cbc:ID>
                    <cbc:IssueDate>2026-12-02</cbc:IssueDate>
                    <cbc:%1$sTypeCode>%15$s</cbc:%1$sTypeCode>
                    <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                    <cac:OrderReference><cbc:ID>%3$s</cbc:ID></cac:OrderReference>
                %4$s    <cac:AccountingSupplierParty><cac:Party>
                        <cac:PostalAddress><cbc:CityName>Lyon</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                        <cac:PartyTaxScheme><cbc:CompanyID>FR23412345678</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                        <cac:PartyLegalEntity><cbc:RegistrationName>Bureau Fournitures SA</cbc:RegistrationName></cac:PartyLegalEntity>
                    </cac:Party></cac:AccountingSupplierParty>
                    <cac:AccountingCustomerParty><cac:Party>
                        <cac:PostalAddress><cbc:CityName>Nantes</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                        <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Acheteur SAS</cbc:RegistrationName></cac:PartyLegalEntity>
                    </cac:Party></cac:AccountingCustomerParty>
                    <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%5$s</cbc:TaxAmount>
                        <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%6$s</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%5$s</cbc:TaxAmount>
                            <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%16$s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                        </cac:TaxSubtotal>
                    </cac:TaxTotal>
                    <cac:LegalMonetaryTotal>
                        <cbc:LineExtensionAmount currencyID="EUR">%6$s</cbc:LineExtensionAmount>
                        <cbc:TaxExclusiveAmount currencyID="EUR">%6$s</cbc:TaxExclusiveAmount>
                        <cbc:TaxInclusiveAmount currencyID="EUR">%7$s</cbc:TaxInclusiveAmount>
                        <cbc:PayableAmount currencyID="EUR">%7$s</cbc:PayableAmount>
                    </cac:LegalMonetaryTotal>
                    <cac:%8$s>
                        <cbc:ID>1</cbc:ID>
                        <cbc:%9$s unitCode="%10$s">%11$s</cbc:%9$s>
                        <cbc:LineExtensionAmount currencyID="EUR">%6$s</cbc:LineExtensionAmount>
                        <cac:OrderLineReference><cbc:LineID>%12$s</cbc:LineID></cac:OrderLineReference>
                        <cac:Item><cbc:Name>Article</cbc:Name>
                            <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%16$s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
                        </cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">%13$s</cbc:PriceAmount>%14$s</cac:Price>
                    </cac:%8$s>
                </%1$s>
                """.formatted(root, number, orderNumber, billingReference, vat.toPlainString(), net.toPlainString(),
                net.add(vat).toPlainString(), lineElement, quantityElement, line.unit(), line.quantity(), line.orderLine(), line.price(),
                baseQuantity, "Invoice".equals(root) ? "380" : "381", vatPercent);
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
