package org.openprocure.fulfilment.cxml;

import java.io.StringWriter;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the cXML Response of the cXML endpoint: a Status with its code, its standard text (OK,
 * Bad Request …) and a detail that states what was wrong and how to fix it. Each response gets its
 * own payloadID, {@code <epoch millis>.<random hex>@openprocure}, and a timestamp with its offset.
 */
public final class CxmlResponseWriter {

    static final String DTD = "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CxmlResponseWriter() {
    }

    public static String write(int code, String text, String detail, String language) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String payloadId = now.toInstant().toEpochMilli() + "." + HexFormat.of().formatHex(random) + "@openprocure";
        StringWriter output = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(output);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE cXML SYSTEM \"" + DTD + "\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("cXML");
            xml.writeAttribute("payloadID", payloadId);
            xml.writeAttribute("timestamp", now.format(TIMESTAMP));
            xml.writeAttribute("xml:lang", language);
            xml.writeStartElement("Response");
            xml.writeStartElement("Status");
            xml.writeAttribute("code", String.valueOf(code));
            xml.writeAttribute("text", text);
            if (detail != null) {
                xml.writeCharacters(detail);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a cXML Response failed", e);
        }
        return output.toString();
    }
}
