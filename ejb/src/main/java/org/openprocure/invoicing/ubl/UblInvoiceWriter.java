package org.openprocure.invoicing.ubl;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an invoice that a supplier user enters on the portal as a UBL 2.1 Invoice under the
 * EN 16931 core (CustomizationID urn:cen.eu:en16931:2017). The invoice then takes the same path
 * as one the supplier's own software sends: validation, the stored original and the match.
 * Amounts are in the document currency, rounded half-up to the cent. VAT is broken down by rate,
 * category S (standard rate) above zero and Z (zero rated) at zero, and each rate's VAT is its
 * taxable amount times the rate (EN 16931 BR-S-09, BR-CO-17).
 */
public final class UblInvoiceWriter {

    private static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A seller or buyer: the legal name, the VAT identifier or null, and the ISO 3166 country code of its address. */
    public record Party(String name, String vatId, String countryCode) {
    }

    /** One invoice line; {@code netAmount} is quantity × unit price ÷ price basis quantity, rounded to the cent. */
    public record Line(String id, String orderLineNumber, String sellerItemId, String name, BigDecimal quantity, String unitCode,
                       BigDecimal unitPrice, BigDecimal priceBasisQuantity, BigDecimal vatRate, BigDecimal netAmount) {
    }

    /** The invoice of one order. */
    public record Invoice(String number, LocalDate issueDate, String currency, String orderNumber, Party seller, Party buyer,
                          List<Line> lines) {
    }

    private final XMLStreamWriter xml;
    private final StringWriter text = new StringWriter();
    private final String currency;

    private UblInvoiceWriter(String currency) throws XMLStreamException {
        this.currency = currency;
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
    }

    /** Returns the invoice as UTF-8 XML bytes, with its elements in the order the UBL 2.1 schema requires. */
    public static byte[] write(Invoice invoice) {
        try {
            UblInvoiceWriter writer = new UblInvoiceWriter(invoice.currency());
            writer.document(invoice);
            return writer.text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the UBL invoice " + invoice.number(), e);
        }
    }

    private void document(Invoice invoice) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("", "Invoice", INVOICE);
        xml.writeDefaultNamespace(INVOICE);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        basic("CustomizationID", "urn:cen.eu:en16931:2017");
        basic("ID", invoice.number());
        basic("IssueDate", invoice.issueDate().toString());
        basic("InvoiceTypeCode", "380");
        basic("DocumentCurrencyCode", currency);
        start("OrderReference");
        basic("ID", invoice.orderNumber());
        end();
        start("AccountingSupplierParty");
        party(invoice.seller());
        end();
        start("AccountingCustomerParty");
        party(invoice.buyer());
        end();
        totals(invoice.lines());
        for (Line line : invoice.lines()) {
            line(line);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void party(Party party) throws XMLStreamException {
        start("Party");
        start("PostalAddress");
        start("Country");
        basic("IdentificationCode", party.countryCode());
        end();
        end();
        if (party.vatId() != null) {
            start("PartyTaxScheme");
            basic("CompanyID", party.vatId());
            taxScheme();
            end();
        }
        start("PartyLegalEntity");
        basic("RegistrationName", party.name());
        end();
        end();
    }

    private void totals(List<Line> lines) throws XMLStreamException {
        Map<BigDecimal, BigDecimal> taxableByRate = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Line line : lines) {
            taxableByRate.merge(line.vatRate().stripTrailingZeros(), line.netAmount(), BigDecimal::add);
            net = net.add(line.netAmount());
        }
        BigDecimal vat = BigDecimal.ZERO;
        start("TaxTotal");
        for (Map.Entry<BigDecimal, BigDecimal> rate : taxableByRate.entrySet()) {
            vat = vat.add(vatOf(rate.getValue(), rate.getKey()));
        }
        amount("TaxAmount", vat);
        for (Map.Entry<BigDecimal, BigDecimal> rate : taxableByRate.entrySet()) {
            start("TaxSubtotal");
            amount("TaxableAmount", rate.getValue());
            amount("TaxAmount", vatOf(rate.getValue(), rate.getKey()));
            taxCategory("TaxCategory", rate.getKey());
            end();
        }
        end();
        start("LegalMonetaryTotal");
        amount("LineExtensionAmount", net);
        amount("TaxExclusiveAmount", net);
        amount("TaxInclusiveAmount", net.add(vat));
        amount("PayableAmount", net.add(vat));
        end();
    }

    private static BigDecimal vatOf(BigDecimal taxable, BigDecimal ratePercent) {
        return taxable.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private void line(Line line) throws XMLStreamException {
        start("InvoiceLine");
        basic("ID", line.id());
        basic("InvoicedQuantity", "unitCode", line.unitCode(), plain(line.quantity()));
        amount("LineExtensionAmount", line.netAmount());
        start("OrderLineReference");
        basic("LineID", line.orderLineNumber());
        end();
        start("Item");
        basic("Name", line.name());
        if (line.sellerItemId() != null) {
            start("SellersItemIdentification");
            basic("ID", line.sellerItemId());
            end();
        }
        taxCategory("ClassifiedTaxCategory", line.vatRate().stripTrailingZeros());
        end();
        start("Price");
        basic("PriceAmount", "currencyID", currency, plain(line.unitPrice()));
        if (line.priceBasisQuantity().compareTo(BigDecimal.ONE) != 0) {
            basic("BaseQuantity", "unitCode", line.unitCode(), plain(line.priceBasisQuantity()));
        }
        end();
        end();
    }

    private void taxCategory(String element, BigDecimal ratePercent) throws XMLStreamException {
        start(element);
        basic("ID", ratePercent.signum() == 0 ? "Z" : "S");
        basic("Percent", plain(ratePercent));
        taxScheme();
        end();
    }

    private void taxScheme() throws XMLStreamException {
        start("TaxScheme");
        basic("ID", "VAT");
        end();
    }

    private void start(String aggregate) throws XMLStreamException {
        xml.writeStartElement("cac", aggregate, CAC);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void basic(String name, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", name, CBC);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void basic(String name, String attribute, String attributeValue, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", name, CBC);
        xml.writeAttribute(attribute, attributeValue);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void amount(String name, BigDecimal amount) throws XMLStreamException {
        basic(name, "currencyID", currency, amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
