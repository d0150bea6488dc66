package org.openprocure.outbound;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.outbound.pdf.OrderPdfWriter;
import org.openprocure.outbound.ubl.OrderDocument;
import org.openprocure.outbound.ubl.ReceiptDocument;
import org.openprocure.outbound.ubl.UblOrderWriter;
import org.openprocure.outbound.ubl.UblReceiptAdviceWriter;
import org.openprocure.platform.Settings;
import org.openprocure.punchout.CxmlOrderService;
import org.openprocure.punchout.CxmlOrderService.ChannelCredentials;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderType;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptLine;
import org.openprocure.supplier.Supplier;

/** Builds the document each channel sends: a cXML OrderRequest, a UBL order document, a printable PDF or a UBL ReceiptAdvice. */
@Stateless
@PermitAll
public class OutboundDocuments {

    static final String XML = "application/xml; charset=UTF-8";
    static final String CXML = "text/xml; charset=UTF-8";
    static final String PDF = "application/pdf";

    @Inject
    private Settings settings;

    @Inject
    private CxmlOrderService cxmlOrders;

    /** Builds the document that informs the supplier of a new, changed or cancelled order on this channel. */
    public Payload forOrder(PurchaseOrder order, SupplierOrderChannel channel, DeliveryPurpose purpose) {
        return switch (channel.getChannel()) {
            case CXML -> new Payload("cXML OrderRequest " + cxmlType(purpose).value(), CXML, cxmlOrders.deliveryRequest(order,
                    cxmlType(purpose), new ChannelCredentials(channel.from(), channel.to(), channel.sender())).getBytes(StandardCharsets.UTF_8));
            case UBL -> ublOrder(orderDocument(order), purpose);
            case EMAIL -> new Payload("PDF", PDF, OrderPdfWriter.write(orderDocument(order),
                    Locale.forLanguageTag(order.getSupplier().getContactLanguage())));
            case PORTAL -> throw new IllegalArgumentException("Orders on the PORTAL channel are not sent");
        };
    }

    /** Builds the UBL ReceiptAdvice of a posted goods receipt. */
    public Payload forReceipt(GoodsReceipt receipt) {
        return new Payload("UBL ReceiptAdvice", XML, UblReceiptAdviceWriter.write(receiptDocument(receipt)).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the UBL ReceiptAdvice of a goods receipt as text. */
    public String receiptAdvice(GoodsReceipt receipt) {
        return UblReceiptAdviceWriter.write(receiptDocument(receipt));
    }

    private static Payload ublOrder(OrderDocument document, DeliveryPurpose purpose) {
        return switch (purpose) {
            case NEW -> new Payload("UBL Order", XML, UblOrderWriter.order(document).getBytes(StandardCharsets.UTF_8));
            case UPDATE -> new Payload("UBL OrderChange", XML, UblOrderWriter.orderChange(document).getBytes(StandardCharsets.UTF_8));
            case DELETE -> new Payload("UBL OrderCancellation", XML, UblOrderWriter.orderCancellation(document).getBytes(StandardCharsets.UTF_8));
            case RECEIPT -> throw new IllegalArgumentException("A receipt is not an order document");
        };
    }

    private static OrderType cxmlType(DeliveryPurpose purpose) {
        return switch (purpose) {
            case NEW -> OrderType.NEW;
            case UPDATE -> OrderType.UPDATE;
            case DELETE -> OrderType.DELETE;
            case RECEIPT -> throw new IllegalArgumentException("A receipt has no cXML OrderRequest");
        };
    }

    OrderDocument orderDocument(PurchaseOrder order) {
        List<OrderDocument.Line> lines = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            BigDecimal basis = line.getPriceBasisQuantity() == null ? BigDecimal.ONE : line.getPriceBasisQuantity();
            lines.add(new OrderDocument.Line(line.getLineNumber(), line.getSupplierPartNumber(), line.getDescription(), line.getOrderedQuantity(),
                    line.getUnitCode(), line.getUnitPrice(), basis, line.netAmount().amount(), line.getVatRate(), line.getRequestedDeliveryDate(),
                    line.getClassificationDomain(), line.getCategory()));
        }
        return new OrderDocument(order.getNumber(), order.getIssuedAt().atOffset(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC),
                order.getRevision(), order.getCurrency(), order.netTotal().amount(), buyer(), seller(order.getSupplier()),
                order.getCancelledAt() == null ? null : order.getCancellationReason(), lines);
    }

    private ReceiptDocument receiptDocument(GoodsReceipt receipt) {
        List<ReceiptDocument.Line> lines = new ArrayList<>();
        for (GoodsReceiptLine line : receipt.getLines()) {
            PurchaseOrderLine orderLine = line.getOrderLine();
            lines.add(new ReceiptDocument.Line(String.valueOf(lines.size() + 1), orderLine.getLineNumber(), orderLine.getSupplierPartNumber(),
                    orderLine.getDescription(), orderLine.getUnitCode(), line.getReceivedQuantity(), line.getAcceptedQuantity(),
                    line.getRejectedQuantity(), line.getBatch()));
        }
        PurchaseOrder order = receipt.getPurchaseOrder();
        return new ReceiptDocument(receipt.getNumber(), receipt.getPostedAt().atOffset(ZoneOffset.UTC), order.getNumber(), buyer(),
                seller(order.getSupplier()), lines);
    }

    private OrderDocument.Party buyer() {
        return new OrderDocument.Party(settings.companyName(), null, null);
    }

    private static OrderDocument.Party seller(Supplier supplier) {
        return new OrderDocument.Party(supplier.getName(), supplier.getVatId(), supplier.getCountryCode());
    }
}
