package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.outbound.OutboundDelivery;
import org.openprocure.purchasing.LineChange;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChange;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.shipping.ShippingNotice;

/** The rows the order page shows, copied from the entities while their transaction is open; times are in the server's time zone. */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    /** The order's header; the approved total is null on an order imported from the ERP, the requisition number when none. */
    public record Header(long id, String number, long supplierId, String supplierName, String currency, String status, LocalDateTime issuedAt,
                  String issuedBy, int revision, BigDecimal approvedTotal, BigDecimal netTotal, String supplierNote,
                  String cancellationReason, Long requisitionId, String requisitionNumber) implements Serializable {

        static Header of(PurchaseOrder order, String requisitionNumber) {
            return new Header(order.getId(), order.getNumber(), order.getSupplier().getId(), order.getSupplier().getName(),
                    order.getCurrency(), order.getStatus().name(), local(order.getIssuedAt()), order.getIssuedBy(), order.getRevision(),
                    order.getApprovedTotal() == null ? null : order.getApprovedTotal().amount(), order.netTotal().amount(),
                    order.getSupplierNote(), order.getCancellationReason(), order.getRequisitionId(), requisitionNumber);
        }
    }

    /** One changed line of a buyer's change; a null quantity or price was kept. */
    public record ChangedLine(String lineNumber, BigDecimal quantity, BigDecimal unitPrice) implements Serializable {

        static ChangedLine of(LineChange change) {
            return new ChangedLine(change.lineNumber(), change.quantity(), change.unitPrice());
        }
    }

    public record Change(long id, String status, String requestedBy, LocalDateTime requestedAt, String decidedBy, BigDecimal approvedTotal,
                  BigDecimal proposedTotal, String currency, String reason, List<ChangedLine> lines, int newLines) implements Serializable {

        static Change of(PurchaseOrderChange change) {
            return new Change(change.getId(), change.getStatus().name(), change.getRequestedBy(), local(change.getRequestedAt()),
                    change.getDecidedBy(), change.getApprovedTotal().amount(), change.getProposedTotal().amount(),
                    change.getApprovedTotal().currency(), change.getReason(),
                    change.change().lines().stream().map(ChangedLine::of).toList(), change.change().newLines().size());
        }
    }

    /** A delivery to the supplier; attempts counts every attempt in its log, re-sent rounds included. */
    public record Delivery(long id, String documentType, String purpose, String channel, int orderRevision, String format, String target,
                    String status, int attempts, String lastError, LocalDateTime createdAt, LocalDateTime deliveredAt) implements Serializable {

        static Delivery of(OutboundDelivery delivery, int attempts) {
            return new Delivery(delivery.getId(), delivery.getDocumentType().name(), delivery.getPurpose().name(),
                    delivery.getChannel().name(), delivery.getOrderRevision(), delivery.getFormat(), delivery.getTarget(),
                    delivery.getStatus().name(), attempts, delivery.getLastError(), local(delivery.getCreatedAt()),
                    local(delivery.getDeliveredAt()));
        }

        public boolean resendable() {
            return !"PENDING".equals(status);
        }
    }

    public record Notice(long id, String number, LocalDate deliveryDate, String carrier, String trackingNumber, LocalDateTime sentAt)
            implements Serializable {

        static Notice of(ShippingNotice notice) {
            return new Notice(notice.getId(), notice.getNumber(), notice.getDeliveryDate(), notice.getCarrier(), notice.getTrackingNumber(),
                    local(notice.getSentAt()));
        }
    }

    public record Receipt(long id, String number, LocalDateTime postedAt, String postedBy) implements Serializable {

        static Receipt of(GoodsReceipt receipt) {
            return new Receipt(receipt.getId(), receipt.getNumber(), local(receipt.getPostedAt()), receipt.getPostedBy());
        }
    }

    public record Invoice(long id, String number, String kind, String status, BigDecimal totalWithVat, String currency) implements Serializable {

        static Invoice of(SupplierInvoice invoice) {
            return new Invoice(invoice.getId(), invoice.getNumber(), invoice.getKind().name(), invoice.getStatus().name(),
                    invoice.getTotalWithVat(), invoice.getCurrency());
        }
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
