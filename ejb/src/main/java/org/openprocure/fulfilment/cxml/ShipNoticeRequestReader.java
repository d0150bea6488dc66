package org.openprocure.fulfilment.cxml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openprocure.fulfilment.Shipment;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads a cXML ShipNoticeRequest (Fulfill.dtd of cXML 1.2) into a {@link Shipment}: the
 * ShipNoticeHeader gives the number (shipmentID) and the delivery date, ShipControl the carrier
 * and the tracking number (ShipmentIdentifier), and each ShipNoticePortion the lines shipped
 * against one order, with their batch and package.
 */
public final class ShipNoticeRequestReader {

    private ShipNoticeRequestReader() {
    }

    public static Shipment read(XmlElement request) {
        XmlElement header = request.child("ShipNoticeHeader")
                .orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "ShipNoticeHeader", "ShipNoticeRequest"));
        String number = CxmlValues.requireAttribute(header, "shipmentID", "ShipNoticeHeader");
        String operation = CxmlValues.optionalAttribute(header, "operation");
        if (operation != null && !"new".equals(operation)) {
            throw new InvalidInputException("error.cxml.shipNoticeOperation", operation);
        }
        LocalDate deliveryDate = CxmlValues.optionalDate(header, "deliveryDate", "ShipNoticeHeader");
        if (deliveryDate == null) {
            deliveryDate = CxmlValues.optionalDate(header, "shipmentDate", "ShipNoticeHeader");
        }
        if (deliveryDate == null) {
            throw new InvalidInputException("error.cxml.shipNoticeDate");
        }

        Optional<XmlElement> control = request.child("ShipControl");
        String carrier = control.map(ShipNoticeRequestReader::carrier).orElse(null);
        String trackingNumber = control.flatMap(element -> element.child("ShipmentIdentifier")).map(CxmlValues::text).orElse(null);

        List<XmlElement> portions = request.children("ShipNoticePortion");
        if (portions.isEmpty()) {
            throw new InvalidInputException("error.cxml.missingElement", "ShipNoticePortion", "ShipNoticeRequest");
        }
        List<Shipment.Line> lines = new ArrayList<>();
        for (XmlElement portion : portions) {
            lines.addAll(portionLines(portion));
        }
        return new Shipment(number, deliveryDate, carrier, trackingNumber, lines);
    }

    /** Returns the carrier's company name when given, else its first identifier, such as a SCAC code. */
    private static String carrier(XmlElement control) {
        List<XmlElement> identifiers = control.children("CarrierIdentifier");
        return identifiers.stream()
                .filter(identifier -> "companyName".equalsIgnoreCase(identifier.attribute("domain")))
                .findFirst()
                .or(() -> identifiers.stream().findFirst())
                .map(CxmlValues::text)
                .orElse(null);
    }

    private static List<Shipment.Line> portionLines(XmlElement portion) {
        String orderNumber = portion.child("OrderReference")
                .map(reference -> CxmlValues.requireAttribute(reference, "orderID", "ShipNoticePortion/OrderReference"))
                .orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "OrderReference", "ShipNoticePortion"));
        List<XmlElement> items = portion.children("ShipNoticeItem");
        if (items.isEmpty()) {
            throw new InvalidInputException("error.cxml.emptyPortion", orderNumber);
        }
        List<Shipment.Line> lines = new ArrayList<>();
        for (XmlElement item : items) {
            String lineNumber = CxmlValues.requireAttribute(item, "lineNumber", "ShipNoticeItem");
            String where = "ShipNoticeItem lineNumber=\"" + lineNumber + "\"";
            BigDecimal quantity = CxmlValues.requireNumber(item, "quantity", where);
            lines.add(new Shipment.Line(orderNumber, lineNumber, quantity, batch(item), packageId(item)));
        }
        return lines;
    }

    /** Returns the supplier's batch number, from Batch (cXML 1.2.025 and later) or the older SupplierBatchID. */
    private static String batch(XmlElement item) {
        return item.path("Batch", "SupplierBatchID").map(CxmlValues::text)
                .or(() -> item.child("SupplierBatchID").map(CxmlValues::text))
                .or(() -> item.path("Batch", "BuyerBatchID").map(CxmlValues::text))
                .orElse(null);
    }

    /** Returns the package's serial shipping container code (SSCC) when given, else its tracking id. */
    private static String packageId(XmlElement item) {
        return item.path("Packaging", "ShippingContainerSerialCode").map(CxmlValues::text)
                .or(() -> item.path("Packaging", "PackageID", "PackageTrackingID").map(CxmlValues::text))
                .orElse(null);
    }
}
