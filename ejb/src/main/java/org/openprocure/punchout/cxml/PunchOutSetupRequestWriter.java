package org.openprocure.punchout.cxml;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.PunchOutOperation;

/**
 * Writes a cXML PunchOutSetupRequest. Its children follow the order cXML.dtd 1.2 fixes: BuyerCookie,
 * Extrinsic*, BrowserFormPost, SupplierSetup, then one ItemOut per line of the cart to edit or inspect.
 */
public final class PunchOutSetupRequestWriter {

    private PunchOutSetupRequestWriter() {
    }

    /**
     * The content of a setup request.
     *
     * @param extrinsics    user data such as UserEmail, in the order to write them; values may be personal data
     * @param returnUrl     where the shop's page posts the cart back (BrowserFormPost)
     * @param items         the current cart for edit and inspect, empty for create
     */
    public record SetupRequest(String payloadId, OffsetDateTime timestamp, String language, CxmlCredential from, CxmlCredential to,
                               CxmlCredential sender, String sharedSecret, PunchOutOperation operation, String buyerCookie,
                               Map<String, String> extrinsics, String returnUrl, String supplierSetupUrl, List<CartLine> items) {
    }

    public static String write(SetupRequest request) {
        try {
            CxmlWriter writer = new CxmlWriter().envelope(request.payloadId(), request.timestamp(), request.language(), request.from(),
                    request.to(), request.sender(), request.sharedSecret());
            XMLStreamWriter xml = writer.xml();
            xml.writeStartElement("Request");
            xml.writeAttribute("deploymentMode", "production");
            xml.writeStartElement("PunchOutSetupRequest");
            xml.writeAttribute("operation", request.operation().cxmlName());
            writer.element("BuyerCookie", request.buyerCookie());
            for (Map.Entry<String, String> extrinsic : request.extrinsics().entrySet()) {
                xml.writeStartElement("Extrinsic");
                xml.writeAttribute("name", extrinsic.getKey());
                xml.writeCharacters(extrinsic.getValue());
                xml.writeEndElement();
            }
            xml.writeStartElement("BrowserFormPost");
            writer.element("URL", request.returnUrl());
            xml.writeEndElement();
            xml.writeStartElement("SupplierSetup");
            writer.element("URL", request.supplierSetupUrl());
            xml.writeEndElement();
            int lineNumber = 1;
            for (CartLine item : request.items()) {
                xml.writeStartElement("ItemOut");
                xml.writeAttribute("quantity", CxmlWriter.plain(item.quantity()));
                xml.writeAttribute("lineNumber", String.valueOf(lineNumber++));
                writer.itemIdAndDetail(item, request.language());
                xml.writeEndElement();
            }
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a PunchOutSetupRequest failed", e);
        }
    }
}
