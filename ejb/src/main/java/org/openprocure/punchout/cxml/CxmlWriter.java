package org.openprocure.punchout.cxml;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.openprocure.punchout.CartLine;

/** Writes the parts that cXML documents share: the envelope, the header and the item details. */
final class CxmlWriter {

    /** The cXML version whose DTD the documents name; the DTD is never fetched. */
    static final String DTD = "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd";
    /** ISO 8601 to the second with the offset, such as 2026-12-05T02:25:58+00:00, as cXML timestamps are written. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    CxmlWriter() {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer is unavailable", e);
        }
    }

    /** Starts the document, the cXML element and its Header with the From, To and Sender credentials. */
    CxmlWriter envelope(String payloadId, OffsetDateTime timestamp, String language, CxmlCredential from, CxmlCredential to,
                        CxmlCredential sender, String sharedSecret) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE cXML SYSTEM \"" + DTD + "\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("cXML");
        xml.writeAttribute("payloadID", payloadId);
        xml.writeAttribute("timestamp", timestamp.format(TIMESTAMP));
        xml.writeAttribute("xml:lang", language);
        xml.writeStartElement("Header");
        credential("From", from, null);
        credential("To", to, null);
        xml.writeStartElement("Sender");
        writeCredential(sender, sharedSecret);
        element("UserAgent", "OpenProcure");
        xml.writeEndElement();
        xml.writeEndElement();
        return this;
    }

    private void credential(String party, CxmlCredential credential, String sharedSecret) throws XMLStreamException {
        xml.writeStartElement(party);
        writeCredential(credential, sharedSecret);
        xml.writeEndElement();
    }

    private void writeCredential(CxmlCredential credential, String sharedSecret) throws XMLStreamException {
        xml.writeStartElement("Credential");
        xml.writeAttribute("domain", credential.domain() == null ? "NetworkID" : credential.domain());
        element("Identity", credential.identity() == null ? "" : credential.identity());
        if (sharedSecret != null) {
            element("SharedSecret", sharedSecret);
        }
        xml.writeEndElement();
    }

    /**
     * Writes ItemID and ItemDetail of a line in cXML.dtd order: UnitPrice, Description, UnitOfMeasure,
     * PriceBasisQuantity when the price is not per one unit, Classification when the line has one.
     * A line with a long text gets it as the Description's text, with the short text as its ShortName.
     */
    void itemIdAndDetail(CartLine line, String language) throws XMLStreamException {
        xml.writeStartElement("ItemID");
        element("SupplierPartID", line.supplierPartId() == null ? "" : line.supplierPartId());
        if (line.supplierPartAuxiliaryId() != null) {
            element("SupplierPartAuxiliaryID", line.supplierPartAuxiliaryId());
        }
        xml.writeEndElement();

        xml.writeStartElement("ItemDetail");
        xml.writeStartElement("UnitPrice");
        money(line.currency(), line.unitPrice());
        xml.writeEndElement();
        xml.writeStartElement("Description");
        xml.writeAttribute("xml:lang", language);
        if (line.longText() != null) {
            xml.writeCharacters(line.longText());
            element("ShortName", line.description());
        } else {
            xml.writeCharacters(line.description());
        }
        xml.writeEndElement();
        element("UnitOfMeasure", line.unitCode());
        if (line.priceBasisQuantity() != null && line.priceBasisQuantity().compareTo(BigDecimal.ONE) != 0) {
            xml.writeStartElement("PriceBasisQuantity");
            xml.writeAttribute("quantity", plain(line.priceBasisQuantity()));
            xml.writeAttribute("conversionFactor", "1");
            element("UnitOfMeasure", line.unitCode());
            xml.writeEndElement();
        }
        // NOTE: cXML.dtd requires a Classification; a line whose shop sent none gets none rather than an invented one.
        if (line.classificationCode() != null) {
            xml.writeStartElement("Classification");
            xml.writeAttribute("domain", line.classificationDomain() == null ? "UNSPSC" : line.classificationDomain());
            xml.writeCharacters(line.classificationCode());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void money(String currency, BigDecimal amount) throws XMLStreamException {
        xml.writeStartElement("Money");
        xml.writeAttribute("currency", currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        xml.writeCharacters(stripped.setScale(Math.max(2, stripped.scale())).toPlainString());
        xml.writeEndElement();
    }

    /** Returns the number without trailing zeros, such as 2 for 2.000000. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    void element(String name, String content) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    XMLStreamWriter xml() {
        return xml;
    }

    /** Closes every open element and returns the document. */
    String finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }
}
