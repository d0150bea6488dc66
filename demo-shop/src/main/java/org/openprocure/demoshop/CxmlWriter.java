package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Writes the cXML 1.2 documents the shop sends: the PunchOutSetupResponse and the PunchOutOrderMessage. */
final class CxmlWriter {

    /** The DOCTYPE of every document; buyers must not fetch it, and the tests check they do not need to. */
    private static final String DOCTYPE = "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd\">\n";
    private static final String USER_AGENT = "OpenProcure demo shop";

    private CxmlWriter() {
    }

    /** Writes a Response with the status; the StartPage only when {@code startPage} is not null. */
    static String setupResponse(int statusCode, String statusText, String startPage) {
        StringBuilder xml = prolog();
        xml.append("  <Response>\n");
        xml.append("    <Status code=\"").append(statusCode).append("\" text=\"").append(escape(statusText)).append("\"/>\n");
        if (startPage != null) {
            xml.append("    <PunchOutSetupResponse>\n      <StartPage>\n        <URL>").append(escape(startPage))
                    .append("</URL>\n      </StartPage>\n    </PunchOutSetupResponse>\n");
        }
        xml.append("  </Response>\n</cXML>\n");
        return xml.toString();
    }

    /**
     * Writes the PunchOutOrderMessage of the cart, from the supplier (the To of the setup request)
     * to the buyer (its From).
     *
     * @param buyerCookie the cookie to echo, which the wrong-cookie variant replaces
     */
    static String orderMessage(CxmlSetupRequest setup, String buyerCookie, List<CartLine> lines, BigDecimal total) {
        StringBuilder xml = prolog();
        xml.append("  <Header>\n");
        credential(xml, "From", setup.to());
        credential(xml, "To", setup.from());
        xml.append("    <Sender>\n");
        credentialBody(xml, setup.to());
        xml.append("      <UserAgent>").append(USER_AGENT).append("</UserAgent>\n    </Sender>\n  </Header>\n");
        xml.append("  <Message>\n    <PunchOutOrderMessage>\n");
        xml.append("      <BuyerCookie>").append(escape(buyerCookie)).append("</BuyerCookie>\n");
        xml.append("      <PunchOutOrderMessageHeader operationAllowed=\"edit\">\n");
        xml.append("        <Total><Money currency=\"").append(currency(lines)).append("\">").append(total.toPlainString())
                .append("</Money></Total>\n");
        xml.append("      </PunchOutOrderMessageHeader>\n");
        int lineNumber = 1;
        for (CartLine line : lines) {
            itemIn(xml, line, lineNumber++);
        }
        xml.append("    </PunchOutOrderMessage>\n  </Message>\n</cXML>\n");
        return xml.toString();
    }

    private static void itemIn(StringBuilder xml, CartLine line, int lineNumber) {
        Item item = line.item();
        xml.append("      <ItemIn quantity=\"").append(line.quantity().toPlainString()).append("\" lineNumber=\"").append(lineNumber).append("\">\n");
        xml.append("        <ItemID>\n          <SupplierPartID>").append(escape(item.partId())).append("</SupplierPartID>\n");
        if (item.auxiliaryId() != null) {
            xml.append("          <SupplierPartAuxiliaryID>").append(escape(item.auxiliaryId())).append("</SupplierPartAuxiliaryID>\n");
        }
        xml.append("        </ItemID>\n        <ItemDetail>\n");
        xml.append("          <UnitPrice><Money currency=\"").append(escape(item.currency())).append("\">").append(item.unitPrice().toPlainString())
                .append("</Money></UnitPrice>\n");
        // With a long text, the Description's own text is the long text and its ShortName the short one.
        xml.append("          <Description xml:lang=\"fr\">");
        if (item.longText() == null) {
            xml.append(escape(item.description()));
        } else {
            xml.append(escape(item.longText())).append("<ShortName>").append(escape(item.description())).append("</ShortName>");
        }
        xml.append("</Description>\n");
        xml.append("          <UnitOfMeasure>").append(escape(item.unitCode())).append("</UnitOfMeasure>\n");
        if (item.priceBasis().compareTo(BigDecimal.ONE) != 0) {
            xml.append("          <PriceBasisQuantity quantity=\"").append(item.priceBasis().toPlainString())
                    .append("\" conversionFactor=\"1\"><UnitOfMeasure>").append(escape(item.unitCode())).append("</UnitOfMeasure></PriceBasisQuantity>\n");
        }
        if (item.unspsc() != null) {
            xml.append("          <Classification domain=\"UNSPSC\">").append(escape(item.unspsc())).append("</Classification>\n");
        }
        if (item.leadTimeDays() > 0) {
            xml.append("          <LeadTime>").append(item.leadTimeDays()).append("</LeadTime>\n");
        }
        xml.append("        </ItemDetail>\n      </ItemIn>\n");
    }

    private static String currency(List<CartLine> lines) {
        return lines.isEmpty() ? "EUR" : escape(lines.get(0).item().currency());
    }

    private static StringBuilder prolog() {
        String timestamp = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String payloadId = System.currentTimeMillis() + "." + UUID.randomUUID() + "@demo-shop.openprocure.invalid";
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(DOCTYPE)
                .append("<cXML payloadID=\"").append(payloadId).append("\" timestamp=\"").append(timestamp)
                .append("\" version=\"1.2.063\" xml:lang=\"fr-FR\">\n");
    }

    private static void credential(StringBuilder xml, String party, CxmlSetupRequest.Credential credential) {
        xml.append("    <").append(party).append(">\n");
        credentialBody(xml, credential);
        xml.append("    </").append(party).append(">\n");
    }

    private static void credentialBody(StringBuilder xml, CxmlSetupRequest.Credential credential) {
        String domain = credential == null ? "NetworkID" : credential.domain();
        String identity = credential == null || credential.identity() == null ? "" : credential.identity();
        xml.append("      <Credential domain=\"").append(escape(domain)).append("\">\n        <Identity>").append(escape(identity))
                .append("</Identity>\n      </Credential>\n");
    }

    /** Escapes text for an XML element or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
