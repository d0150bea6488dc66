package org.openprocure.invoicing.cdar;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an invoice lifecycle status as a UN/CEFACT Cross Domain Acknowledgement and Response
 * (CDAR) D22B message, in the structure of the French e-invoicing specimen files ("CDV"). The
 * message names the REGULATED business process and the guideline urn.cpro.gouv.fr:1p0:CDV:invoice.
 * Its acknowledgement of type 23 references the invoice and carries the status code and label.
 * The buyer sends it to the seller. Times are French time (Europe/Paris) in format 204 (yyyyMMddHHmmss).
 */
public final class CdarWriter {

    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private static final DateTimeFormatter FORMAT_204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter FORMAT_102 = DateTimeFormatter.ofPattern("uuuuMMdd");
    /** A French VAT identifier: FR, a two-character key, then the nine-digit SIREN. */
    private static final Pattern FRENCH_VAT = Pattern.compile("FR[0-9A-Z]{2}([0-9]{9})");

    /** The status labels as the French specimen files write them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("200", "Déposée"), Map.entry("201", "Émise_par_la_plateforme"), Map.entry("202", "Reçue"),
            Map.entry("203", "Mise_à_disposition"), Map.entry("204", "Prise_en_charge"), Map.entry("205", "Approuvée"),
            Map.entry("206", "Approuvée_partiellement"), Map.entry("207", "En_litige"), Map.entry("208", "Suspendue"),
            Map.entry("209", "Complétée"), Map.entry("210", "Refusée"), Map.entry("211", "Paiement_transmis"),
            Map.entry("212", "Encaissée"), Map.entry("213", "Rejetée"), Map.entry("214", "Visée"), Map.entry("220", "Annulée"));

    /**
     * The MDT-88 status codes that the specimen files give for each lifecycle code. NOTE: the
     * specimens show no code for 206, 208, 209, 210, 214 and 220, so those messages carry none.
     */
    private static final Map<String, String> STATUS_CODES = Map.of(
            "200", "10", "202", "43", "203", "48", "204", "45", "205", "1", "207", "46", "211", "47", "212", "47");

    private CdarWriter() {
    }

    /** Returns the French label of a lifecycle code, such as Approuvée for 205, or the code itself when unknown. */
    public static String label(String statusCode) {
        return LABELS.getOrDefault(statusCode, statusCode);
    }

    public static String write(LifecycleMessage message) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rsm", "CrossDomainAcknowledgementAndResponse", RSM);
            xml.writeNamespace("rsm", RSM);
            xml.writeNamespace("ram", RAM);
            xml.writeNamespace("udt", UDT);
            xml.writeNamespace("qdt", QDT);
            context(xml);
            exchangedDocument(xml, message);
            acknowledgement(xml, message);
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the CDAR message of invoice " + message.invoiceNumber() + " failed", e);
        }
    }

    private static void context(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("rsm", "ExchangedDocumentContext", RSM);
        xml.writeStartElement("ram", "BusinessProcessSpecifiedDocumentContextParameter", RAM);
        ram(xml, "ID", "REGULATED");
        xml.writeEndElement();
        xml.writeStartElement("ram", "GuidelineSpecifiedDocumentContextParameter", RAM);
        ram(xml, "ID", "urn.cpro.gouv.fr:1p0:CDV:invoice");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void exchangedDocument(XMLStreamWriter xml, LifecycleMessage message) throws XMLStreamException {
        xml.writeStartElement("rsm", "ExchangedDocument", RSM);
        ram(xml, "ID", message.invoiceNumber() + "_" + message.statusCode() + "_" + FORMAT_204.format(message.receivedAt()) + "#"
                + message.typeCode() + "_" + message.invoiceDate().format(FORMAT_102));
        ram(xml, "Name", "CDV-" + message.statusCode() + "_" + label(message.statusCode()));
        dateTime(xml, "IssueDateTime", message.createdAt());
        xml.writeStartElement("ram", "SenderTradeParty", RAM);
        ram(xml, "RoleCode", "BY");
        xml.writeEndElement();
        // NOTE: the buying company's SIREN is not among the settings, so the issuer carries its name only.
        xml.writeStartElement("ram", "IssuerTradeParty", RAM);
        ram(xml, "Name", message.buyerName());
        ram(xml, "RoleCode", "BY");
        xml.writeEndElement();
        xml.writeStartElement("ram", "RecipientTradeParty", RAM);
        siren(xml, message.sellerVatId());
        ram(xml, "Name", message.sellerName());
        ram(xml, "RoleCode", "SE");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void acknowledgement(XMLStreamWriter xml, LifecycleMessage message) throws XMLStreamException {
        xml.writeStartElement("rsm", "AcknowledgementDocument", RSM);
        xml.writeStartElement("ram", "MultipleReferencesIndicator", RAM);
        xml.writeStartElement("udt", "Indicator", UDT);
        xml.writeCharacters("false");
        xml.writeEndElement();
        xml.writeEndElement();
        ram(xml, "TypeCode", "23");
        dateTime(xml, "IssueDateTime", message.statusAt());
        xml.writeStartElement("ram", "ReferenceReferencedDocument", RAM);
        ram(xml, "IssuerAssignedID", message.invoiceNumber());
        String statusCode = STATUS_CODES.get(message.statusCode());
        if (statusCode != null) {
            ram(xml, "StatusCode", statusCode);
        }
        ram(xml, "TypeCode", message.typeCode());
        dateTime(xml, "ReceiptDateTime", message.receivedAt());
        xml.writeStartElement("ram", "FormattedIssueDateTime", RAM);
        xml.writeStartElement("qdt", "DateTimeString", QDT);
        xml.writeAttribute("format", "102");
        xml.writeCharacters(message.invoiceDate().format(FORMAT_102));
        xml.writeEndElement();
        xml.writeEndElement();
        ram(xml, "ProcessConditionCode", message.statusCode());
        ram(xml, "ProcessCondition", label(message.statusCode()));
        if (sirenOf(message.sellerVatId()) != null) {
            xml.writeStartElement("ram", "IssuerTradeParty", RAM);
            siren(xml, message.sellerVatId());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void dateTime(XMLStreamWriter xml, String name, Instant time) throws XMLStreamException {
        xml.writeStartElement("ram", name, RAM);
        xml.writeStartElement("udt", "DateTimeString", UDT);
        xml.writeAttribute("format", "204");
        xml.writeCharacters(FORMAT_204.format(time));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Writes the party's SIREN (scheme 0002) when its French VAT identifier gives one. */
    private static void siren(XMLStreamWriter xml, String vatId) throws XMLStreamException {
        String siren = sirenOf(vatId);
        if (siren != null) {
            xml.writeStartElement("ram", "GlobalID", RAM);
            xml.writeAttribute("schemeID", "0002");
            xml.writeCharacters(siren);
            xml.writeEndElement();
        }
    }

    static String sirenOf(String vatId) {
        if (vatId == null) {
            return null;
        }
        Matcher matcher = FRENCH_VAT.matcher(vatId);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static void ram(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("ram", name, RAM);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
