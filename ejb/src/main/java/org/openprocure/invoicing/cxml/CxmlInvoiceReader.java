package org.openprocure.invoicing.cxml;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.IncomingInvoiceChecks;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.InvoiceKind;
import org.openprocure.invoicing.xml.InvoiceXml;
import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads a cXML InvoiceDetailRequest (InvoiceDetail.dtd, cXML 1.2.0xx) into the internal invoice.
 * The DOCTYPE that cXML documents carry is allowed but never loaded, and a document that
 * declares entities is rejected. Each InvoiceDetailOrder gives its lines their order, so one
 * invoice can cover several orders. Tax may come per line or only in the summary.
 */
@ApplicationScoped
public class CxmlInvoiceReader {

    public static final String ROOT = "cXML";

    /** Purposes of a document that credits (InvoiceDetailRequestHeader/@purpose). */
    private static final Set<String> CREDIT_PURPOSES = Set.of("creditMemo", "lineLevelCreditMemo");

    /** Contact roles that name the seller, most specific first. */
    private static final List<String> SELLER_ROLES = List.of("invoiceFrom", "from", "remitTo", "soldFrom");

    /** IdReference domains that carry the seller's VAT or tax identifier. */
    private static final Set<String> TAX_ID_DOMAINS = Set.of("vatID", "supplierTaxID", "taxID", "taxNumber");

    /** UNCL7161 charge codes for the cXML summary amounts: FC freight, SH special handling; UNCL5189 95 discount. */
    private static final String FREIGHT = "FC";
    private static final String SPECIAL_HANDLING = "SH";
    private static final String DISCOUNT = "95";

    public IncomingInvoice read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInvoiceDocumentException("error.invoice.empty");
        }
        XmlElement root = parse(body);
        if (!ROOT.equals(root.name())) {
            throw new InvalidInvoiceDocumentException("error.invoice.wrongRoot", root.name());
        }
        XmlElement request = root.path("Request", "InvoiceDetailRequest")
                .orElseThrow(() -> new InvalidInvoiceDocumentException("error.invoice.cxmlNotInvoice", payloadName(root)));
        XmlElement header = request.child("InvoiceDetailRequestHeader")
                .orElseThrow(() -> new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-1", "InvoiceDetailRequestHeader"));
        return IncomingInvoiceChecks.checked(toIncomingInvoice(request, header));
    }

    private static XmlElement parse(byte[] body) {
        try {
            return SecureXml.parse(new ByteArrayInputStream(body));
        } catch (InvalidInputException e) {
            if ("error.punchOut.entity".equals(e.messageKey())) {
                throw new InvalidInvoiceDocumentException("error.invoice.entity");
            }
            Object[] arguments = e.arguments();
            throw new InvalidInvoiceDocumentException("error.invoice.notWellFormed", 0, 0, arguments.length > 0 ? arguments[0] : "");
        }
    }

    /** Names what a cXML document that is no invoice carries, such as Request/OrderRequest, for the error message. */
    private static String payloadName(XmlElement root) {
        for (String envelope : List.of("Request", "Message", "Response")) {
            Optional<XmlElement> part = root.child(envelope);
            if (part.isPresent()) {
                return part.get().children().stream()
                        .filter(child -> !"Status".equals(child.name()))
                        .map(child -> envelope + "/" + child.name())
                        .findFirst()
                        .orElse(envelope);
            }
        }
        return "Header";
    }

    private static IncomingInvoice toIncomingInvoice(XmlElement request, XmlElement header) {
        String number = blankToNull(header.attribute("invoiceID"));
        if (number == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-1", "InvoiceDetailRequestHeader/@invoiceID");
        }
        boolean credit = CREDIT_PURPOSES.contains(header.attribute("purpose"));
        XmlElement summary = request.child("InvoiceDetailSummary").orElse(null);
        String currency = currency(request, summary);
        if (currency == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.missingTerm", "BT-5", "InvoiceDetailSummary/SubtotalAmount/Money/@currency");
        }

        Set<String> orders = new LinkedHashSet<>();
        List<IncomingInvoice.Line> lines = new ArrayList<>();
        for (XmlElement order : request.children("InvoiceDetailOrder")) {
            String orderNumber = orderNumber(order);
            orders.add(orderNumber);
            for (XmlElement item : order.children()) {
                if ("InvoiceDetailItem".equals(item.name()) || "InvoiceDetailServiceItem".equals(item.name())) {
                    lines.add(line(item, orderNumber, credit));
                }
            }
        }
        // One order goes to the header (BT-13); with several, each line keeps its own.
        String documentOrder = orders.size() == 1 ? orders.iterator().next() : null;
        if (documentOrder != null) {
            lines.replaceAll(line -> withoutOrder(line));
        }

        List<IncomingInvoice.AllowanceCharge> allowanceCharges = summary == null ? List.of() : summaryAllowanceCharges(summary, credit);
        BigDecimal subtotal = summary == null ? null : money(summary, "SubtotalAmount", credit);
        BigDecimal tax = summary == null ? null : money(summary, "Tax", credit);
        BigDecimal totalWithoutVat = subtotal == null ? null : withAllowancesAndCharges(subtotal, allowanceCharges);
        // NOTE: NetAmount and DueAmount are not read, because senders often leave them empty or 0; the total is computed.
        BigDecimal totalWithVat = totalWithoutVat == null ? null : totalWithoutVat.add(tax == null ? BigDecimal.ZERO : tax);
        InvoiceKind kind = credit ? InvoiceKind.CREDIT_NOTE : negativeOrInvoice(lines);

        return new IncomingInvoice(number, invoiceDate(header.attribute("invoiceDate")), currency, documentOrder,
                sellerName(header), sellerTaxId(header), totalWithoutVat, tax, totalWithVat, lines, kind,
                precedingInvoice(request), null, allowanceCharges);
    }

    private static InvoiceKind negativeOrInvoice(List<IncomingInvoice.Line> lines) {
        // An invoice whose every line takes a quantity back is a credit note written as an invoice.
        boolean negative = !lines.isEmpty() && lines.stream().allMatch(line -> line.quantity() != null && line.quantity().signum() < 0);
        return negative ? InvoiceKind.NEGATIVE_INVOICE : InvoiceKind.INVOICE;
    }

    /**
     * Returns the number of the order an InvoiceDetailOrder invoices: OrderReference/@orderID, else
     * OrderIDInfo/@orderID, else the payloadID of the order's DocumentReference, which some senders
     * fill with the order number. An order backed only by a master agreement has none, so null.
     */
    private static String orderNumber(XmlElement order) {
        Optional<XmlElement> info = order.child("InvoiceDetailOrderInfo");
        if (info.isEmpty()) {
            return null;
        }
        Optional<XmlElement> reference = info.get().child("OrderReference");
        String orderId = reference.map(element -> blankToNull(element.attribute("orderID"))).orElse(null);
        if (orderId == null) {
            orderId = info.get().child("OrderIDInfo").map(element -> blankToNull(element.attribute("orderID"))).orElse(null);
        }
        if (orderId == null) {
            orderId = reference.flatMap(element -> element.child("DocumentReference"))
                    .map(element -> blankToNull(element.attribute("payloadID")))
                    .orElse(null);
        }
        return orderId;
    }

    private static IncomingInvoice.Line line(XmlElement item, String orderNumber, boolean credit) {
        String lineNumber = blankToNull(item.attribute("invoiceLineNumber"));
        String where = "invoice line " + (lineNumber == null ? "?" : lineNumber);
        XmlElement reference = item.child("InvoiceDetailItemReference").or(() -> item.child("InvoiceDetailServiceItemReference")).orElse(null);
        BigDecimal baseQuantity = item.child("PriceBasisQuantity")
                .map(basis -> InvoiceXml.decimal(basis.attribute("quantity"), "PriceBasisQuantity/@quantity of " + where))
                .orElse(null);
        BigDecimal vatRate = item.path("Tax", "TaxDetail")
                .map(detail -> InvoiceXml.decimal(detail.attribute("percentageRate"), "TaxDetail/@percentageRate of " + where))
                .orElse(null);

        return new IncomingInvoice.Line(
                lineNumber,
                reference == null ? null : blankToNull(reference.attribute("lineNumber")),
                reference == null ? null : reference.path("ItemID", "SupplierPartID").map(element -> blankToNull(element.text())).orElse(null),
                reference == null ? null : reference.child("Description").map(element -> blankToNull(element.allText())).orElse(null),
                signed(InvoiceXml.decimal(item.attribute("quantity"), "InvoiceDetailItem/@quantity of " + where), credit),
                item.child("UnitOfMeasure").map(element -> blankToNull(element.text())).orElse(null),
                signed(money(item, "UnitPrice", where), credit),
                baseQuantity,
                signed(money(item, "SubtotalAmount", where), credit),
                vatRate,
                orderNumber,
                lineAllowanceCharges(item, where, credit));
    }

    private static IncomingInvoice.Line withoutOrder(IncomingInvoice.Line line) {
        return new IncomingInvoice.Line(line.lineId(), line.orderLineReference(), line.sellerItemId(), line.description(), line.quantity(),
                line.unitCode(), line.netPrice(), line.priceBaseQuantity(), line.netAmount(), line.vatRate(), null, line.allowanceCharges());
    }

    private static List<IncomingInvoice.AllowanceCharge> lineAllowanceCharges(XmlElement item, String where, boolean credit) {
        List<IncomingInvoice.AllowanceCharge> entries = new ArrayList<>();
        charge(entries, signed(money(item, "ShippingAmount", where), credit), FREIGHT, "Shipping");
        charge(entries, signed(money(item, "SpecialHandlingAmount", where), credit), SPECIAL_HANDLING, "Special handling");
        item.child("InvoiceDetailDiscount").ifPresent(discount -> entries.add(discount(discount, where, credit)));
        return entries;
    }

    private static List<IncomingInvoice.AllowanceCharge> summaryAllowanceCharges(XmlElement summary, boolean credit) {
        List<IncomingInvoice.AllowanceCharge> entries = new ArrayList<>();
        charge(entries, signed(money(summary, "ShippingAmount", "InvoiceDetailSummary"), credit), FREIGHT, "Shipping");
        charge(entries, signed(money(summary, "SpecialHandlingAmount", "InvoiceDetailSummary"), credit), SPECIAL_HANDLING, "Special handling");
        summary.child("InvoiceDetailDiscount").ifPresent(discount -> entries.add(discount(discount, "InvoiceDetailSummary", credit)));
        return entries;
    }

    /** Adds a charge unless its amount is absent or zero, which cXML senders write for "none". */
    private static void charge(List<IncomingInvoice.AllowanceCharge> entries, BigDecimal amount, String code, String reason) {
        if (amount != null && amount.signum() != 0) {
            entries.add(new IncomingInvoice.AllowanceCharge(true, code, reason, amount, null, null));
        }
    }

    private static IncomingInvoice.AllowanceCharge discount(XmlElement discount, String where, boolean credit) {
        BigDecimal percentage = InvoiceXml.decimal(discount.attribute("percentageRate"), "InvoiceDetailDiscount/@percentageRate of " + where);
        BigDecimal amount = discount.child("Money").map(money -> InvoiceXml.decimal(money.text(), "InvoiceDetailDiscount/Money of " + where)).orElse(null);
        return new IncomingInvoice.AllowanceCharge(false, DISCOUNT, "Discount", amount == null ? null : signed(amount, credit).abs(), null, percentage);
    }

    private static BigDecimal withAllowancesAndCharges(BigDecimal subtotal, List<IncomingInvoice.AllowanceCharge> entries) {
        BigDecimal total = subtotal;
        for (IncomingInvoice.AllowanceCharge entry : entries) {
            if (entry.amount() != null) {
                total = entry.charge() ? total.add(entry.amount()) : total.subtract(entry.amount());
            }
        }
        return total;
    }

    /** Reads the Money of a child such as SubtotalAmount or Tax; an empty Money element is no amount. */
    private static BigDecimal money(XmlElement parent, String child, String where) {
        return parent.child(child)
                .flatMap(element -> element.child("Money"))
                .map(money -> InvoiceXml.decimal(money.text(), child + "/Money of " + where))
                .orElse(null);
    }

    private static BigDecimal money(XmlElement summary, String child, boolean credit) {
        return signed(money(summary, child, "InvoiceDetailSummary"), credit);
    }

    /**
     * Returns a credit memo's figure as a positive number. cXML credit memos carry negative
     * quantities and amounts, while the internal credit note stores them positive and its kind
     * tells that they credit, so the sign is applied once.
     */
    private static BigDecimal signed(BigDecimal value, boolean credit) {
        // NOTE: a credit memo that mixes signs (a line that bills inside a credit) is read as crediting every line.
        return value == null || !credit ? value : value.abs();
    }

    /** BT-5: the currency of the summary's subtotal, else that of the first line's unit price. */
    private static String currency(XmlElement request, XmlElement summary) {
        String currency = summary == null ? null
                : summary.path("SubtotalAmount", "Money").map(money -> blankToNull(money.attribute("currency"))).orElse(null);
        if (currency != null) {
            return currency;
        }
        for (XmlElement order : request.children("InvoiceDetailOrder")) {
            for (XmlElement item : order.children("InvoiceDetailItem")) {
                Optional<String> lineCurrency = item.path("UnitPrice", "Money").map(money -> blankToNull(money.attribute("currency")));
                if (lineCurrency.isPresent()) {
                    return lineCurrency.get();
                }
            }
        }
        return null;
    }

    /** BT-2 from an ISO 8601 date and time such as 2026-01-31T10:00:00+01:00, as the date the sender wrote. */
    private static LocalDate invoiceDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.invalidDate", "InvoiceDetailRequestHeader/@invoiceDate", text,
                    "2026-01-31T10:00:00+01:00");
        }
    }

    private static Optional<XmlElement> sellerContact(XmlElement header) {
        for (String role : SELLER_ROLES) {
            for (XmlElement partner : header.children("InvoicePartner")) {
                Optional<XmlElement> contact = partner.child("Contact").filter(element -> role.equals(element.attribute("role")));
                if (contact.isPresent()) {
                    return Optional.of(partner);
                }
            }
        }
        return Optional.empty();
    }

    private static String sellerName(XmlElement header) {
        return sellerContact(header)
                .flatMap(partner -> partner.path("Contact", "Name"))
                .map(name -> blankToNull(name.text()))
                .orElse(null);
    }

    /** BT-31: an IdReference of the seller's InvoicePartner in a tax identifier domain. */
    private static String sellerTaxId(XmlElement header) {
        return sellerContact(header)
                .flatMap(partner -> partner.children("IdReference").stream()
                        .filter(reference -> TAX_ID_DOMAINS.contains(reference.attribute("domain")))
                        .map(reference -> blankToNull(reference.attribute("identifier")))
                        .filter(identifier -> identifier != null)
                        .findFirst())
                .orElse(null);
    }

    /** BT-25: the invoice a credit memo corrects, InvoiceDetailRequestHeader/InvoiceIDInfo/@invoiceID. */
    private static String precedingInvoice(XmlElement request) {
        return request.path("InvoiceDetailRequestHeader", "InvoiceIDInfo")
                .map(info -> blankToNull(info.attribute("invoiceID")))
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
