package org.openprocure.invoicing.ubl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.IncomingInvoiceChecks;
import org.openprocure.invoicing.InvoiceKind;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.xml.InvoiceXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.helger.ubl21.UBL21Marshaller;
import com.helger.xsds.ccts.cct.schemamodule.AmountType;
import com.helger.xsds.ccts.cct.schemamodule.QuantityType;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * Reads a UBL 2.1 Invoice with ph-ubl. Namespace prefixes do not matter. A document with a DTD is
 * rejected, so no external entity is ever fetched. The document is not validated against the XSD
 * here, because an invoice that binds is stored and its defects show up as discrepancies rather
 * than as a lost document.
 */
@ApplicationScoped
public class UblInvoiceReader {

    public static final String INVOICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static final String CREDIT_NOTE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String BASIC_COMPONENTS_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public IncomingInvoice read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInvoiceDocumentException("error.invoice.empty");
        }
        Document document = parse(body);
        if (isCreditNote(document.getDocumentElement())) {
            CreditNoteType creditNote = UBL21Marshaller.creditNote().setUseSchema(false).read(document);
            if (creditNote == null) {
                throw new InvalidInvoiceDocumentException("error.invoice.unreadable");
            }
            return IncomingInvoiceChecks.checked(toIncomingCreditNote(creditNote));
        }
        requireInvoiceRoot(document.getDocumentElement());

        InvoiceType invoice = UBL21Marshaller.invoice().setUseSchema(false).read(document);
        if (invoice == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.unreadable");
        }
        return IncomingInvoiceChecks.checked(toIncomingInvoice(invoice));
    }

    private static boolean isCreditNote(Element root) {
        return CREDIT_NOTE_NAMESPACE.equals(root.getNamespaceURI()) && "CreditNote".equals(root.getLocalName());
    }

    private static Document parse(byte[] body) {
        InvoiceXml.requireValidEncoding(body);
        Document document = InvoiceXml.parse(body);
        requireDecimals(document.getDocumentElement());
        return document;
    }

    /**
     * Checks every amount, quantity, percentage and numeric element before binding, because the
     * binding would turn a value such as "2,5" into no value without saying which element held it.
     */
    private static void requireDecimals(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                if (BASIC_COMPONENTS_NAMESPACE.equals(childElement.getNamespaceURI()) && isDecimalElement(childElement.getLocalName())) {
                    InvoiceXml.decimal(childElement.getTextContent(), "cbc:" + childElement.getLocalName());
                }
                requireDecimals(childElement);
            }
        }
    }

    private static boolean isDecimalElement(String localName) {
        return localName.endsWith("Amount") || localName.endsWith("Quantity") || localName.endsWith("Percent")
                || localName.endsWith("Numeric") || localName.endsWith("Rate");
    }

    private static void requireInvoiceRoot(Element root) {
        if (!INVOICE_NAMESPACE.equals(root.getNamespaceURI()) || !"Invoice".equals(root.getLocalName())) {
            String found = "{" + (root.getNamespaceURI() == null ? "" : root.getNamespaceURI()) + "}" + root.getLocalName();
            throw new InvalidInvoiceDocumentException("error.invoice.wrongRoot", found);
        }
    }

    private static IncomingInvoice toIncomingInvoice(InvoiceType invoice) {
        String number = invoice.getIDValue();
        if (number == null || number.isBlank()) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-1", "cbc:ID");
        }
        MonetaryTotalType totals = invoice.getLegalMonetaryTotal();
        String currency = currency(invoice, totals);
        if (currency == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-5", "cbc:DocumentCurrencyCode");
        }
        List<IncomingInvoice.Line> lines = new ArrayList<>();
        for (InvoiceLineType line : invoice.getInvoiceLine()) {
            lines.add(toLine(line));
        }
        PartyType seller = invoice.getAccountingSupplierParty() == null ? null : invoice.getAccountingSupplierParty().getParty();
        // An invoice whose every line takes a quantity back is a credit note written as an invoice.
        boolean negative = !lines.isEmpty() && lines.stream().allMatch(line -> line.quantity() != null && line.quantity().signum() < 0);

        return new IncomingInvoice(number.strip(), invoice.getIssueDateValueLocal(), currency,
                invoice.getOrderReference() == null ? null : trim(invoice.getOrderReference().getIDValue()),
                sellerName(seller), sellerVatId(seller),
                totals == null ? null : amount(totals.getTaxExclusiveAmount()),
                taxAmount(invoice.getTaxTotal()),
                totals == null ? null : amount(totals.getTaxInclusiveAmount()),
                lines, negative ? InvoiceKind.NEGATIVE_INVOICE : InvoiceKind.INVOICE, precedingInvoice(invoice.getBillingReference()),
                trim(invoice.getBuyerReferenceValue()), allowanceCharges(invoice.getAllowanceCharge()));
    }

    private static IncomingInvoice toIncomingCreditNote(CreditNoteType creditNote) {
        String number = creditNote.getIDValue();
        if (number == null || number.isBlank()) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-1", "cbc:ID");
        }
        MonetaryTotalType totals = creditNote.getLegalMonetaryTotal();
        String currency = currency(trim(creditNote.getDocumentCurrencyCodeValue()), totals);
        if (currency == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-5", "cbc:DocumentCurrencyCode");
        }
        List<IncomingInvoice.Line> lines = new ArrayList<>();
        for (CreditNoteLineType line : creditNote.getCreditNoteLine()) {
            lines.add(line(line.getIDValue(), line.getOrderLineReference(), line.getItem(), line.getCreditedQuantity(), line.getPrice(),
                    line.getLineExtensionAmount(), line.getAllowanceCharge()));
        }
        PartyType seller = creditNote.getAccountingSupplierParty() == null ? null : creditNote.getAccountingSupplierParty().getParty();

        return new IncomingInvoice(number.strip(), creditNote.getIssueDateValueLocal(), currency,
                creditNote.getOrderReference() == null ? null : trim(creditNote.getOrderReference().getIDValue()),
                sellerName(seller), sellerVatId(seller),
                totals == null ? null : amount(totals.getTaxExclusiveAmount()),
                taxAmount(creditNote.getTaxTotal()),
                totals == null ? null : amount(totals.getTaxInclusiveAmount()),
                lines, InvoiceKind.CREDIT_NOTE, precedingInvoice(creditNote.getBillingReference()),
                trim(creditNote.getBuyerReferenceValue()), allowanceCharges(creditNote.getAllowanceCharge()));
    }

    /** BT-25: the first invoice the document refers to in its billing references, or null. */
    private static String precedingInvoice(List<BillingReferenceType> references) {
        return references.stream()
                .map(BillingReferenceType::getInvoiceDocumentReference)
                .filter(reference -> reference != null)
                .map(reference -> trim(reference.getIDValue()))
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
    }

    private static IncomingInvoice.Line toLine(InvoiceLineType line) {
        return line(line.getIDValue(), line.getOrderLineReference(), line.getItem(), line.getInvoicedQuantity(), line.getPrice(),
                line.getLineExtensionAmount(), line.getAllowanceCharge());
    }

    /** Reads the parts an invoice line and a credit note line share; only their quantity element differs. */
    private static IncomingInvoice.Line line(String id, List<OrderLineReferenceType> orderLines, ItemType item, QuantityType quantity,
                                             PriceType price, AmountType lineAmount, List<AllowanceChargeType> allowanceCharges) {
        BigDecimal baseQuantity = price == null || price.getBaseQuantity() == null ? null : price.getBaseQuantity().getValue();
        String orderLine = orderLines.isEmpty() ? null : orderLines.get(0).getLineIDValue();
        String lineOrder = orderLines.isEmpty() || orderLines.get(0).getOrderReference() == null
                ? null : orderLines.get(0).getOrderReference().getIDValue();
        String sellerItemId = item == null || item.getSellersItemIdentification() == null
                ? null : item.getSellersItemIdentification().getIDValue();
        BigDecimal vatRate = item == null || item.getClassifiedTaxCategory().isEmpty()
                ? null : item.getClassifiedTaxCategory().get(0).getPercentValue();
        return new IncomingInvoice.Line(
                trim(id),
                trim(orderLine),
                trim(sellerItemId),
                item == null ? null : trim(item.getNameValue()),
                quantity == null ? null : quantity.getValue(),
                quantity == null ? null : trim(quantity.getUnitCode()),
                price == null ? null : amount(price.getPriceAmount()),
                baseQuantity,
                amount(lineAmount),
                vatRate,
                trim(lineOrder),
                allowanceCharges(allowanceCharges));
    }

    /**
     * Reads allowances and charges as written. An entry without a ChargeIndicator, which UBL
     * requires, is read as a charge, so that the match shows it for review instead of letting it pass.
     */
    private static List<IncomingInvoice.AllowanceCharge> allowanceCharges(List<AllowanceChargeType> entries) {
        List<IncomingInvoice.AllowanceCharge> read = new ArrayList<>();
        for (AllowanceChargeType entry : entries) {
            String reason = entry.getAllowanceChargeReason().isEmpty() ? null : trim(entry.getAllowanceChargeReason().get(0).getValue());
            read.add(new IncomingInvoice.AllowanceCharge(entry.isChargeIndicatorValue(true), trim(entry.getAllowanceChargeReasonCodeValue()),
                    reason, entry.getAmountValue(), entry.getBaseAmountValue(), entry.getMultiplierFactorNumericValue()));
        }
        return read;
    }

    /** BT-5, or for UBL 2.0 documents without it the currency of the payable amount (BT-115). */
    private static String currency(InvoiceType invoice, MonetaryTotalType totals) {
        return currency(trim(invoice.getDocumentCurrencyCodeValue()), totals);
    }

    private static String currency(String documentCurrency, MonetaryTotalType totals) {
        if (documentCurrency == null && totals != null && totals.getPayableAmount() != null) {
            return trim(totals.getPayableAmount().getCurrencyID());
        }
        return documentCurrency;
    }

    private static String sellerName(PartyType seller) {
        if (seller == null) {
            return null;
        }
        if (!seller.getPartyLegalEntity().isEmpty() && seller.getPartyLegalEntity().get(0).getRegistrationNameValue() != null) {
            return trim(seller.getPartyLegalEntity().get(0).getRegistrationNameValue());
        }
        return seller.getPartyName().isEmpty() ? null : trim(seller.getPartyName().get(0).getNameValue());
    }

    /** BT-31: the party tax scheme whose scheme is VAT. */
    private static String sellerVatId(PartyType seller) {
        if (seller == null) {
            return null;
        }
        return seller.getPartyTaxScheme().stream()
                .filter(scheme -> scheme.getTaxScheme() == null || "VAT".equals(trim(scheme.getTaxScheme().getIDValue())))
                .map(scheme -> trim(scheme.getCompanyIDValue()))
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
    }

    /** BT-110: the tax total in the document currency, which is the one with subtotals (Peppol R053). */
    private static BigDecimal taxAmount(List<TaxTotalType> taxTotals) {
        return taxTotals.stream()
                .filter(total -> !total.getTaxSubtotal().isEmpty())
                .map(total -> amount(total.getTaxAmount()))
                .findFirst()
                .orElse(taxTotals.isEmpty() ? null : amount(taxTotals.get(0).getTaxAmount()));
    }

    private static BigDecimal amount(AmountType amount) {
        return amount == null ? null : amount.getValue();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
