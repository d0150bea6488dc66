package org.openprocure.outbound.ubl;

import javax.xml.stream.XMLStreamException;

/**
 * Writes a purchase order as a Peppol BIS Order 3 UBL 2.1 Order, a changed order as an OrderChange,
 * and a cancelled one as an OrderCancellation. Peppol puts the three documents in its advanced
 * ordering process (poacc upgrade 3), so all of them name that profile. Basic Peppol ordering has
 * no change or cancellation message.
 */
public final class UblOrderWriter {

    public static final String PROFILE = "urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3";
    public static final String ORDER_CUSTOMIZATION = "urn:fdc:peppol.eu:poacc:trns:order:3";
    public static final String CHANGE_CUSTOMIZATION = "urn:fdc:peppol.eu:poacc:trns:order_change:3";
    public static final String CANCELLATION_CUSTOMIZATION = "urn:fdc:peppol.eu:poacc:trns:order_cancellation:3";

    private static final String ORDER = "urn:oasis:names:specification:ubl:schema:xsd:Order-2";
    private static final String ORDER_CHANGE = "urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2";
    private static final String ORDER_CANCELLATION = "urn:oasis:names:specification:ubl:schema:xsd:OrderCancellation-2";

    private UblOrderWriter() {
    }

    /** Writes the Order of an order as issued. */
    public static String order(OrderDocument order) {
        try {
            UblWriter writer = new UblWriter("Order", ORDER);
            writer.basic("CustomizationID", ORDER_CUSTOMIZATION);
            writer.basic("ProfileID", PROFILE);
            writer.basic("ID", order.number());
            writer.issued(order.documentTime());
            writer.basic("DocumentCurrencyCode", order.currency());
            parties(writer, order);
            totalAndLines(writer, order);
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the UBL Order of order " + order.number() + " failed", e);
        }
    }

    /**
     * Writes the OrderChange of a changed order: the whole order as it now is, with the revision
     * as its sequence number.
     */
    public static String orderChange(OrderDocument order) {
        try {
            UblWriter writer = new UblWriter("OrderChange", ORDER_CHANGE);
            writer.basic("CustomizationID", CHANGE_CUSTOMIZATION);
            writer.basic("ProfileID", PROFILE);
            writer.basic("ID", order.number() + "-" + order.revision());
            writer.issued(order.documentTime());
            writer.basic("SequenceNumberID", String.valueOf(order.revision()));
            writer.basic("DocumentCurrencyCode", order.currency());
            orderReference(writer, order);
            parties(writer, order);
            // NOTE: the lines carry no LineStatusCode (added, changed), because the delivery does not record which lines the change touched.
            totalAndLines(writer, order);
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the UBL OrderChange of order " + order.number() + " failed", e);
        }
    }

    /** Writes the OrderCancellation of a cancelled order, with the buyer's reason as its cancellation note. */
    public static String orderCancellation(OrderDocument order) {
        try {
            UblWriter writer = new UblWriter("OrderCancellation", ORDER_CANCELLATION);
            writer.basic("CustomizationID", CANCELLATION_CUSTOMIZATION);
            writer.basic("ProfileID", PROFILE);
            writer.basic("ID", order.number() + "-C");
            writer.issued(order.documentTime());
            writer.basic("CancellationNote", order.cancellationReason() == null ? "-" : order.cancellationReason());
            orderReference(writer, order);
            parties(writer, order);
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the UBL OrderCancellation of order " + order.number() + " failed", e);
        }
    }

    private static void orderReference(UblWriter writer, OrderDocument order) throws XMLStreamException {
        writer.start("OrderReference");
        writer.basic("ID", order.number());
        writer.end();
    }

    private static void parties(UblWriter writer, OrderDocument order) throws XMLStreamException {
        writer.start("BuyerCustomerParty");
        writer.party(order.buyer());
        writer.end();
        writer.start("SellerSupplierParty");
        writer.party(order.seller());
        writer.end();
    }

    private static void totalAndLines(UblWriter writer, OrderDocument order) throws XMLStreamException {
        writer.start("AnticipatedMonetaryTotal");
        writer.amount("LineExtensionAmount", order.total(), order.currency());
        writer.amount("PayableAmount", order.total(), order.currency());
        writer.end();
        for (OrderDocument.Line line : order.lines()) {
            writer.start("OrderLine");
            writer.start("LineItem");
            writer.basic("ID", line.lineNumber());
            writer.quantity("Quantity", line.quantity(), line.unitCode());
            writer.amount("LineExtensionAmount", line.lineAmount(), order.currency());
            if (line.deliveryDate() != null) {
                writer.start("Delivery");
                writer.start("RequestedDeliveryPeriod");
                writer.basic("EndDate", line.deliveryDate().toString());
                writer.end();
                writer.end();
            }
            writer.start("Price");
            writer.amount("PriceAmount", line.unitPrice(), order.currency());
            writer.quantity("BaseQuantity", line.priceBasisQuantity(), line.unitCode());
            writer.end();
            item(writer, line);
            writer.end();
            writer.end();
        }
    }

    private static void item(UblWriter writer, OrderDocument.Line line) throws XMLStreamException {
        writer.start("Item");
        writer.itemNameAndSellersId(line.description(), line.supplierPartNumber());
        if (line.classificationCode() != null) {
            writer.start("CommodityClassification");
            writer.basic("ItemClassificationCode", "listID", classificationList(line.classificationDomain()), line.classificationCode());
            writer.end();
        }
        if (line.vatRate() != null) {
            writer.start("ClassifiedTaxCategory");
            writer.basic("ID", line.vatRate().signum() == 0 ? "Z" : "S");
            writer.basic("Percent", UblWriter.plain(line.vatRate()));
            writer.start("TaxScheme");
            writer.basic("ID", "VAT");
            writer.end();
            writer.end();
        }
        writer.end();
    }

    /** Returns the UNTDID 7143 code of a classification: STS for UNSPSC, else ZZZ (mutually agreed). */
    private static String classificationList(String domain) {
        return domain == null || "UNSPSC".equalsIgnoreCase(domain) ? "STS" : "ZZZ";
    }
}
