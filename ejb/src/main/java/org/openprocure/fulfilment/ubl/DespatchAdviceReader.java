package org.openprocure.fulfilment.ubl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openprocure.fulfilment.Shipment;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads a UBL 2.1 DespatchAdvice (Peppol BIS Despatch Advice 3) into a {@link Shipment}. Each
 * DespatchLine names its order line in OrderLineReference/LineID, and its order in
 * OrderLineReference/OrderReference/ID or else the document's OrderReference/ID, so one advice may
 * cover several orders. The delivery date is the first of Shipment/Delivery's EstimatedDeliveryPeriod,
 * PromisedDeliveryPeriod and RequestedDeliveryPeriod start dates and its ActualDeliveryDate. The
 * carrier is Shipment/Consignment/CarrierParty/PartyName/Name and the tracking number the
 * consignment's CarrierAssignedID. A line's batch is Item/ItemInstance/LotIdentification/LotNumberID
 * and its package the ID of the line's Shipment/TransportHandlingUnit. A line that delivers nothing
 * now, only an outstanding quantity, is skipped.
 */
public final class DespatchAdviceReader {

    /** The document's own ID and the shipment it announces. */
    public record Read(String documentId, Shipment shipment) {
    }

    private DespatchAdviceReader() {
    }

    public static Read read(byte[] body) {
        XmlElement root = UblValues.parse(body, "DespatchAdvice");
        String documentId = UblValues.requireText(root, "DespatchAdvice", "ID");
        Optional<String> headerOrder = UblValues.text(root, "OrderReference", "ID");
        LocalDate deliveryDate = deliveryDate(root);
        String carrier = UblValues.text(root, "Shipment", "Consignment", "CarrierParty", "PartyName", "Name").orElse(null);
        String trackingNumber = UblValues.text(root, "Shipment", "Consignment", "CarrierAssignedID").orElse(null);

        List<XmlElement> despatchLines = root.children("DespatchLine");
        if (despatchLines.isEmpty()) {
            throw new InvalidInputException("error.ubl.missingElement", "DespatchLine", "DespatchAdvice");
        }
        List<Shipment.Line> lines = new ArrayList<>();
        for (XmlElement line : despatchLines) {
            String where = "DespatchLine " + UblValues.text(line, "ID").orElse("?");
            BigDecimal delivered = UblValues.number(UblValues.requireText(line, where, "DeliveredQuantity"), "DeliveredQuantity", where);
            if (delivered.signum() == 0) {
                continue;
            }
            String lineNumber = UblValues.requireText(line, where, "OrderLineReference", "LineID");
            String orderNumber = UblValues.text(line, "OrderLineReference", "OrderReference", "ID")
                    .or(() -> headerOrder)
                    .orElseThrow(() -> new InvalidInputException("error.ubl.missingElement", "OrderLineReference/OrderReference/ID", where));
            String batch = UblValues.text(line, "Item", "ItemInstance", "LotIdentification", "LotNumberID").orElse(null);
            String packageId = UblValues.text(line, "Shipment", "TransportHandlingUnit", "ID").orElse(null);
            lines.add(new Shipment.Line(orderNumber, lineNumber, delivered, batch, packageId));
        }
        return new Read(documentId, new Shipment(documentId, deliveryDate, carrier, trackingNumber, lines));
    }

    private static LocalDate deliveryDate(XmlElement root) {
        String where = "DespatchAdvice Shipment/Delivery";
        return UblValues.text(root, "Shipment", "Delivery", "EstimatedDeliveryPeriod", "StartDate")
                .or(() -> UblValues.text(root, "Shipment", "Delivery", "PromisedDeliveryPeriod", "StartDate"))
                .or(() -> UblValues.text(root, "Shipment", "Delivery", "RequestedDeliveryPeriod", "StartDate"))
                .or(() -> UblValues.text(root, "Shipment", "Delivery", "ActualDeliveryDate"))
                .map(value -> UblValues.date(value, "StartDate", where))
                .orElseThrow(() -> new InvalidInputException("error.ubl.despatchDate"));
    }
}
