package org.openprocure.outbound.ubl;

import javax.xml.stream.XMLStreamException;

/**
 * Writes a goods receipt as a UBL 2.1 ReceiptAdvice: per line the received quantity, and the
 * rejected one when goods were refused. Peppol BIS 3 has no receipt advice, so the document names
 * UBL 2.1 and no Peppol customization.
 */
public final class UblReceiptAdviceWriter {

    private static final String RECEIPT_ADVICE = "urn:oasis:names:specification:ubl:schema:xsd:ReceiptAdvice-2";

    private UblReceiptAdviceWriter() {
    }

    public static String write(ReceiptDocument receipt) {
        try {
            UblWriter writer = new UblWriter("ReceiptAdvice", RECEIPT_ADVICE);
            writer.basic("UBLVersionID", "2.1");
            writer.basic("ID", receipt.number());
            writer.issued(receipt.postedAt());
            writer.basic("LineCountNumeric", String.valueOf(receipt.lines().size()));
            writer.start("OrderReference");
            writer.basic("ID", receipt.orderNumber());
            writer.end();
            writer.start("DeliveryCustomerParty");
            writer.party(receipt.buyer());
            writer.end();
            writer.start("DespatchSupplierParty");
            writer.party(receipt.seller());
            writer.end();
            for (ReceiptDocument.Line line : receipt.lines()) {
                line(writer, receipt, line);
            }
            return writer.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the UBL ReceiptAdvice of goods receipt " + receipt.number() + " failed", e);
        }
    }

    private static void line(UblWriter writer, ReceiptDocument receipt, ReceiptDocument.Line line) throws XMLStreamException {
        writer.start("ReceiptLine");
        writer.basic("ID", line.lineId());
        writer.quantity("ReceivedQuantity", line.receivedQuantity(), line.unitCode());
        if (line.rejectedQuantity() != null && line.rejectedQuantity().signum() > 0) {
            writer.quantity("RejectedQuantity", line.rejectedQuantity(), line.unitCode());
        }
        writer.basic("ReceivedDate", receipt.postedAt().toLocalDate().toString());
        writer.start("OrderLineReference");
        writer.basic("LineID", line.orderLineNumber());
        writer.start("OrderReference");
        writer.basic("ID", receipt.orderNumber());
        writer.end();
        writer.end();
        writer.start("Item");
        writer.itemNameAndSellersId(line.description(), line.supplierPartNumber());
        if (line.batch() != null) {
            writer.start("ItemInstance");
            writer.start("LotIdentification");
            writer.basic("LotNumberID", line.batch());
            writer.end();
            writer.end();
        }
        writer.end();
        writer.end();
    }
}
