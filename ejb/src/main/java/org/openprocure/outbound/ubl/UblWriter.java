package org.openprocure.outbound.ubl;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the parts that UBL 2.1 documents share, with the cac and cbc prefixes, in the order the UBL 2.1 schemas require. */
final class UblWriter {

    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    UblWriter(String rootName, String rootNamespace) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", rootName, rootNamespace);
        xml.writeDefaultNamespace(rootNamespace);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
    }

    void start(String aggregate) throws XMLStreamException {
        xml.writeStartElement("cac", aggregate, CAC);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    void basic(String name, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", name, CBC);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    void basic(String name, String attribute, String attributeValue, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", name, CBC);
        xml.writeAttribute(attribute, attributeValue);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Writes an amount with two decimals, rounded half up, and its currency. */
    void amount(String name, BigDecimal amount, String currency) throws XMLStreamException {
        basic(name, "currencyID", currency, amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    void quantity(String name, BigDecimal quantity, String unitCode) throws XMLStreamException {
        basic(name, "unitCode", unitCode, plain(quantity));
    }

    /** Writes IssueDate and IssueTime in UTC. */
    void issued(OffsetDateTime time) throws XMLStreamException {
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        basic("IssueDate", utc.toLocalDate().toString());
        basic("IssueTime", utc.toLocalTime().withNano(0).format(DateTimeFormatter.ISO_LOCAL_TIME) + "Z");
    }

    /** Writes a Party with its name, its VAT identifier when known and its legal name. */
    void party(OrderDocument.Party party) throws XMLStreamException {
        start("Party");
        start("PartyName");
        basic("Name", party.name());
        end();
        if (party.vatId() != null) {
            start("PartyTaxScheme");
            basic("CompanyID", party.vatId());
            start("TaxScheme");
            basic("ID", "VAT");
            end();
            end();
        }
        start("PartyLegalEntity");
        basic("RegistrationName", party.name());
        end();
        end();
    }

    /** Writes an Item's Name and, when known, its SellersItemIdentification; the caller writes the Item's other parts. */
    void itemNameAndSellersId(String name, String supplierPartNumber) throws XMLStreamException {
        basic("Name", name);
        if (supplierPartNumber != null) {
            start("SellersItemIdentification");
            basic("ID", supplierPartNumber);
            end();
        }
    }

    /** Returns the number without trailing zeros, such as 2 for 2.000000. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Closes every open element and returns the document. */
    String finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }
}
