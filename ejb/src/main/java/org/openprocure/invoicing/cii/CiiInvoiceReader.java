package org.openprocure.invoicing.cii;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.IncomingInvoiceChecks;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.InvoiceKind;
import org.openprocure.invoicing.xml.ElementPaths;
import org.openprocure.invoicing.xml.InvoiceXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a UN/CEFACT Cross Industry Invoice D16B (rsm:CrossIndustryInvoice), the syntax of
 * Factur-X, ZUGFeRD 2 and XRechnung CII, with the EN 16931 business terms that matching needs.
 * A DOCTYPE is rejected. Credit notes (type codes 381 and 261) keep their figures as written,
 * positive, and get the kind CREDIT_NOTE, so the sign is applied once, by the domain.
 */
@ApplicationScoped
public class CiiInvoiceReader {

    public static final String NAMESPACE = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static final String ROOT = "CrossIndustryInvoice";

    private static final ElementPaths PATHS = new ElementPaths(Map.of(
            "rsm", NAMESPACE,
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
            "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"));

    /** UNCL1001 codes of documents that credit: credit note, self-billed credit note, factored credit note. */
    private static final Set<String> CREDIT_TYPE_CODES = Set.of("381", "261", "396");

    private static final String HEADER_AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
    private static final String HEADER_SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
    private static final String TOTALS = HEADER_SETTLEMENT + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    /** A CII invoice and the guideline (BT-24) it declares. */
    public record CiiInvoice(IncomingInvoice invoice, String guideline) {
    }

    public CiiInvoice read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInvoiceDocumentException("error.invoice.empty");
        }
        InvoiceXml.requireValidEncoding(body);
        Document document = InvoiceXml.parse(body);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !ROOT.equals(root.getLocalName())) {
            throw new InvalidInvoiceDocumentException("error.invoice.wrongRoot", "{" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        String guideline = PATHS.text(root, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
        return new CiiInvoice(IncomingInvoiceChecks.checked(toIncomingInvoice(root)), guideline);
    }

    private static IncomingInvoice toIncomingInvoice(Element root) {
        String number = PATHS.text(root, "rsm:ExchangedDocument/ram:ID");
        if (number == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-1", "rsm:ExchangedDocument/ram:ID");
        }
        String currency = PATHS.text(root, HEADER_SETTLEMENT + "/ram:InvoiceCurrencyCode");
        if (currency == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-5", "ram:InvoiceCurrencyCode");
        }
        List<IncomingInvoice.Line> lines = new ArrayList<>();
        for (Element item : PATHS.all(root, "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem")) {
            if (isTopLevelLine(item)) {
                lines.add(line(item));
            }
        }
        Element seller = PATHS.first(root, HEADER_AGREEMENT + "/ram:SellerTradeParty");
        BigDecimal totalWithoutVat = amount(root, TOTALS + "/ram:TaxBasisTotalAmount");
        BigDecimal totalVat = taxTotal(root, currency);
        BigDecimal totalWithVat = amount(root, TOTALS + "/ram:GrandTotalAmount");

        return new IncomingInvoice(number, issueDate(root), currency,
                PATHS.text(root, HEADER_AGREEMENT + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
                seller == null ? null : PATHS.text(seller, "ram:Name"), sellerVatId(seller),
                totalWithoutVat, totalVat, totalWithVat, lines, kind(root, lines, totalWithVat),
                PATHS.text(root, HEADER_SETTLEMENT + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"),
                PATHS.text(root, HEADER_AGREEMENT + "/ram:BuyerReference"),
                allowanceCharges(PATHS.all(root, HEADER_SETTLEMENT + "/ram:SpecifiedTradeAllowanceCharge")));
    }

    /**
     * Tells whether a line counts in the totals. In EXTENDED documents, a sub-line (with a parent
     * line id) details a group line and an INFORMATION line only informs, so both would count twice.
     */
    private static boolean isTopLevelLine(Element item) {
        Element lineDocument = PATHS.first(item, "ram:AssociatedDocumentLineDocument");
        if (lineDocument == null) {
            return true;
        }
        return PATHS.text(lineDocument, "ram:ParentLineID") == null
                && !"INFORMATION".equals(PATHS.text(lineDocument, "ram:LineStatusReasonCode"));
    }

    /**
     * Returns the document's kind. An invoice whose every line takes a quantity back, or that has
     * no lines (MINIMUM, BASIC WL) and a negative total, is a credit note written as an invoice,
     * as French credit notes of type 380 are.
     */
    private static InvoiceKind kind(Element root, List<IncomingInvoice.Line> lines, BigDecimal totalWithVat) {
        String typeCode = PATHS.text(root, "rsm:ExchangedDocument/ram:TypeCode");
        if (typeCode != null && CREDIT_TYPE_CODES.contains(typeCode)) {
            return InvoiceKind.CREDIT_NOTE;
        }
        boolean negative = lines.isEmpty()
                ? totalWithVat != null && totalWithVat.signum() < 0
                : lines.stream().allMatch(line -> line.quantity() != null && line.quantity().signum() < 0);
        return negative ? InvoiceKind.NEGATIVE_INVOICE : InvoiceKind.INVOICE;
    }

    /** BT-2, written with format 102 (CCYYMMDD), the only one EN 16931 allows. */
    private static LocalDate issueDate(Element root) {
        Element dateTime = PATHS.first(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString");
        String value = ElementPaths.text(dateTime);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.invalidDate", "udt:DateTimeString", value, "20260131");
        }
    }

    /** BT-31: the seller's tax registration with scheme VA. */
    private static String sellerVatId(Element seller) {
        if (seller == null) {
            return null;
        }
        for (Element id : PATHS.all(seller, "ram:SpecifiedTaxRegistration/ram:ID")) {
            if ("VA".equals(ElementPaths.attribute(id, "schemeID"))) {
                return ElementPaths.text(id);
            }
        }
        return null;
    }

    /** BT-110: the tax total in the invoice currency; a second one in the accounting currency (BT-111) is skipped. */
    private static BigDecimal taxTotal(Element root, String currency) {
        List<Element> totals = PATHS.all(root, TOTALS + "/ram:TaxTotalAmount");
        for (Element total : totals) {
            String totalCurrency = ElementPaths.attribute(total, "currencyID");
            if (totalCurrency == null || totalCurrency.equals(currency)) {
                return InvoiceXml.decimal(total.getTextContent(), "ram:TaxTotalAmount");
            }
        }
        return totals.isEmpty() ? null : InvoiceXml.decimal(totals.get(0).getTextContent(), "ram:TaxTotalAmount");
    }

    private static IncomingInvoice.Line line(Element item) {
        Element agreement = PATHS.first(item, "ram:SpecifiedLineTradeAgreement");
        Element settlement = PATHS.first(item, "ram:SpecifiedLineTradeSettlement");
        Element quantity = PATHS.first(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity");
        Element netPrice = agreement == null ? null : PATHS.first(agreement, "ram:NetPriceProductTradePrice");
        String orderLine = agreement == null ? null : PATHS.text(agreement, "ram:BuyerOrderReferencedDocument/ram:LineID");
        String lineOrder = agreement == null ? null : PATHS.text(agreement, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID");
        return new IncomingInvoice.Line(
                PATHS.text(item, "ram:AssociatedDocumentLineDocument/ram:LineID"),
                orderLine,
                PATHS.text(item, "ram:SpecifiedTradeProduct/ram:SellerAssignedID"),
                PATHS.text(item, "ram:SpecifiedTradeProduct/ram:Name"),
                quantity == null ? null : InvoiceXml.decimal(quantity.getTextContent(), "ram:BilledQuantity"),
                ElementPaths.attribute(quantity, "unitCode"),
                netPrice == null ? null : amount(netPrice, "ram:ChargeAmount"),
                netPrice == null ? null : amount(netPrice, "ram:BasisQuantity"),
                settlement == null ? null : amount(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"),
                settlement == null ? null : amount(settlement, "ram:ApplicableTradeTax/ram:RateApplicablePercent"),
                lineOrder,
                settlement == null ? List.of() : allowanceCharges(PATHS.all(settlement, "ram:SpecifiedTradeAllowanceCharge")));
    }

    /**
     * Reads allowances and charges as written. An entry without a charge indicator, which CII
     * requires, is read as a charge, so that the match shows it for review instead of letting it pass.
     */
    private static List<IncomingInvoice.AllowanceCharge> allowanceCharges(List<Element> entries) {
        List<IncomingInvoice.AllowanceCharge> read = new ArrayList<>();
        for (Element entry : entries) {
            String indicator = PATHS.text(entry, "ram:ChargeIndicator/udt:Indicator");
            boolean charge = indicator == null || !"false".equalsIgnoreCase(indicator);
            read.add(new IncomingInvoice.AllowanceCharge(charge, PATHS.text(entry, "ram:ReasonCode"), PATHS.text(entry, "ram:Reason"),
                    amount(entry, "ram:ActualAmount"), amount(entry, "ram:BasisAmount"), amount(entry, "ram:CalculationPercent")));
        }
        return read;
    }

    private static BigDecimal amount(Element from, String path) {
        Element element = PATHS.first(from, path);
        return element == null ? null : InvoiceXml.decimal(element.getTextContent(), path.substring(path.lastIndexOf('/') + 1));
    }
}
