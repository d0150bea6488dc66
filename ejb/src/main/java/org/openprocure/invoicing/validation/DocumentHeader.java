package org.openprocure.invoicing.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The few header values of an invoice document that identify it, read without binding the whole
 * document, so that a document the invoice reader cannot bind can still be kept as rejected.
 * Every value is null when the document does not carry it, is too long for its column, or is
 * malformed (a date that does not parse).
 *
 * @param number      BT-1
 * @param issueDate   BT-2
 * @param currency    BT-5
 * @param sellerName  BT-27
 * @param sellerVatId BT-31
 * @param creditNote  whether the document is a UBL CreditNote
 */
public record DocumentHeader(String number, LocalDate issueDate, String currency, String sellerName, String sellerVatId,
                             boolean creditNote) {

    private static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    private static final int IDENTIFIER_LENGTH = 1000;
    private static final int VAT_ID_LENGTH = 255;
    private static final int CURRENCY_LENGTH = 16;

    static DocumentHeader of(InvoiceXml invoice) {
        Element root = invoice.document().getDocumentElement();
        return invoice.syntax().isUbl() ? ofUbl(root, invoice.syntax() == InvoiceSyntax.UBL_CREDIT_NOTE) : ofCii(root);
    }

    private static DocumentHeader ofUbl(Element root, boolean creditNote) {
        String cbc = InvoiceXml.CBC;
        String cac = InvoiceXml.CAC;
        Optional<Element> seller = InvoiceXml.child(root, cac, "AccountingSupplierParty").flatMap(party -> InvoiceXml.child(party, cac, "Party"));
        String name = seller.flatMap(party -> InvoiceXml.child(party, cac, "PartyLegalEntity"))
                .flatMap(entity -> InvoiceXml.childText(entity, cbc, "RegistrationName")).orElse(null);
        String vatId = seller.flatMap(party -> InvoiceXml.child(party, cac, "PartyTaxScheme"))
                .flatMap(scheme -> InvoiceXml.childText(scheme, cbc, "CompanyID")).orElse(null);
        LocalDate issueDate = InvoiceXml.childText(root, cbc, "IssueDate").flatMap(text -> date(text, DateTimeFormatter.ISO_LOCAL_DATE)).orElse(null);
        return new DocumentHeader(limit(InvoiceXml.childText(root, cbc, "ID").orElse(null), IDENTIFIER_LENGTH), issueDate,
                limit(InvoiceXml.childText(root, cbc, "DocumentCurrencyCode").orElse(null), CURRENCY_LENGTH),
                limit(name, IDENTIFIER_LENGTH), limit(vatId, VAT_ID_LENGTH), creditNote);
    }

    private static DocumentHeader ofCii(Element root) {
        String rsm = InvoiceXml.RSM;
        String ram = InvoiceXml.RAM;
        Optional<Element> document = InvoiceXml.child(root, rsm, "ExchangedDocument");
        Optional<Element> transaction = InvoiceXml.child(root, rsm, "SupplyChainTradeTransaction");
        Optional<Element> seller = transaction.flatMap(t -> InvoiceXml.child(t, ram, "ApplicableHeaderTradeAgreement"))
                .flatMap(agreement -> InvoiceXml.child(agreement, ram, "SellerTradeParty"));
        String vatId = seller.flatMap(party -> InvoiceXml.child(party, ram, "SpecifiedTaxRegistration"))
                .flatMap(registration -> InvoiceXml.childText(registration, ram, "ID")).orElse(null);
        LocalDate issueDate = document.flatMap(d -> InvoiceXml.child(d, ram, "IssueDateTime"))
                .flatMap(dateTime -> InvoiceXml.childText(dateTime, UDT, "DateTimeString"))
                .flatMap(text -> date(text, DateTimeFormatter.BASIC_ISO_DATE)).orElse(null);
        String currency = transaction.flatMap(t -> InvoiceXml.child(t, ram, "ApplicableHeaderTradeSettlement"))
                .flatMap(settlement -> InvoiceXml.childText(settlement, ram, "InvoiceCurrencyCode")).orElse(null);
        return new DocumentHeader(limit(document.flatMap(d -> InvoiceXml.childText(d, ram, "ID")).orElse(null), IDENTIFIER_LENGTH),
                issueDate, limit(currency, CURRENCY_LENGTH),
                limit(seller.flatMap(party -> InvoiceXml.childText(party, ram, "Name")).orElse(null), IDENTIFIER_LENGTH),
                limit(vatId, VAT_ID_LENGTH), false);
    }

    private static Optional<LocalDate> date(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String limit(String value, int maxLength) {
        return value == null || value.length() > maxLength ? null : value;
    }
}
