package org.openprocure.punchout.cxml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.openprocure.punchout.CartLine;

/**
 * Writes the cXML OrderRequest of a purchase order: OrderRequestHeader (Total, BillTo) and one ItemOut
 * per line, whose ItemID and ItemDetail carry the supplier part id and auxiliary id verbatim, as the
 * punch-out cart brought them.
 */
public final class OrderRequestWriter {

    private OrderRequestWriter() {
    }

    /** An order line: its number, the requested delivery date or null, and its item details. */
    public record OrderItem(String lineNumber, LocalDate requestedDeliveryDate, CartLine item) {
    }

    /**
     * The content of an OrderRequest.
     *
     * @param orderVersion 1 for the order as issued, one more for each approved change
     * @param billToName   the buying company's name; NOTE: cXML requires a BillTo address, and only its name is known here
     */
    public record OrderDocument(String payloadId, OffsetDateTime timestamp, String language, CxmlCredential from, CxmlCredential to,
                                CxmlCredential sender, String orderId, OffsetDateTime orderDate, int orderVersion, String currency,
                                BigDecimal total, String billToName, List<OrderItem> items) {
    }

    /** The OrderRequestHeader type: new for an issued order, update for a changed one, delete for a cancelled one. */
    public enum OrderType {
        NEW("new"), UPDATE("update"), DELETE("delete");

        private final String value;

        OrderType(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** Writes the document for a buyer to read: type new or update by its version, and no shared secret. */
    public static String write(OrderDocument order) {
        return write(order, order.orderVersion() > 1 ? OrderType.UPDATE : OrderType.NEW, null);
    }

    /**
     * Writes the document to post to the supplier, with the Sender's shared secret when there is one.
     * An update or a delete carries the whole order under the same orderID, because cXML replaces or
     * cancels the order by that id.
     */
    public static String write(OrderDocument order, OrderType type, String sharedSecret) {
        try {
            CxmlWriter writer = new CxmlWriter().envelope(order.payloadId(), order.timestamp(), order.language(), order.from(), order.to(),
                    order.sender(), sharedSecret);
            XMLStreamWriter xml = writer.xml();
            xml.writeStartElement("Request");
            xml.writeAttribute("deploymentMode", "production");
            xml.writeStartElement("OrderRequest");
            header(writer, order, type);
            for (OrderItem item : order.items()) {
                xml.writeStartElement("ItemOut");
                xml.writeAttribute("quantity", CxmlWriter.plain(item.item().quantity()));
                xml.writeAttribute("lineNumber", item.lineNumber());
                if (item.requestedDeliveryDate() != null) {
                    xml.writeAttribute("requestedDeliveryDate", item.requestedDeliveryDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
                }
                writer.itemIdAndDetail(item.item(), order.language());
                xml.writeEndElement();
            }
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the OrderRequest of order " + order.orderId() + " failed", e);
        }
    }

    private static void header(CxmlWriter writer, OrderDocument order, OrderType type) throws XMLStreamException {
        XMLStreamWriter xml = writer.xml();
        xml.writeStartElement("OrderRequestHeader");
        xml.writeAttribute("orderID", order.orderId());
        xml.writeAttribute("orderDate", order.orderDate().format(CxmlWriter.TIMESTAMP));
        xml.writeAttribute("type", type.value());
        xml.writeAttribute("orderVersion", String.valueOf(order.orderVersion()));
        xml.writeStartElement("Total");
        writer.money(order.currency(), order.total());
        xml.writeEndElement();
        xml.writeStartElement("BillTo");
        xml.writeStartElement("Address");
        xml.writeStartElement("Name");
        xml.writeAttribute("xml:lang", order.language());
        xml.writeCharacters(order.billToName());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
