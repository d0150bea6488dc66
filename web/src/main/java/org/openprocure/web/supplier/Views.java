package org.openprocure.web.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.openprocure.invoicing.DisputeSearch;
import org.openprocure.invoicing.DisputeService;
import org.openprocure.invoicing.InvoiceDispute;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.SupplierFacingStatus;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.invoicing.validation.ValidationReport;
import org.openprocure.invoicing.validation.ValidationReports;
import org.openprocure.purchasing.LineConfirmationStatus;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptSearch;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shipping.ShippingNotice;
import org.openprocure.shipping.ShippingService;

/**
 * Reads the documents of the supplier pages into serializable records, in one transaction per
 * call, so that their lines load before the entities leave the persistence context. Every read
 * goes through a service that checks {@link org.openprocure.supplier.SupplierScope}.
 */
@ApplicationScoped
@Transactional
public class Views {

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private ShippingService shipping;

    @Inject
    private ReceivingService receiving;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private ValidationReports validationReports;

    @Inject
    private DisputeService disputes;

    @Inject
    private DisputeSearch disputeSearch;

    @Inject
    private GoodsReceiptSearch receiptSearch;

    /** An order with its lines, shipping notices and goods receipts. */
    public record OrderView(long id, String number, String status, LocalDate issuedOn, String currency, BigDecimal netTotal,
                            String supplierNote, int revision, List<OrderLineView> lines, List<NoticeView> notices,
                            List<ReceiptView> receipts) implements Serializable {

        /** Tells whether any line waits for the supplier's confirmation. */
        public boolean isAwaitingConfirmation() {
            return !"CANCELLED".equals(status) && lines.stream().anyMatch(line -> "PENDING".equals(line.confirmationStatus()));
        }

        /** Tells whether every line is still pending, which confirming all or rejecting the whole order needs. */
        public boolean isWhollyPending() {
            return !"CANCELLED".equals(status) && lines.stream().allMatch(line -> "PENDING".equals(line.confirmationStatus()));
        }

        /** Tells whether goods may still be shipped against the order. */
        public boolean isShippable() {
            return !"CANCELLED".equals(status) && !"REJECTED".equals(status);
        }
    }

    public record OrderLineView(String lineNumber, String supplierPartNumber, String description, String unitCode,
                                BigDecimal orderedQuantity, BigDecimal unitPrice, BigDecimal priceBasisQuantity, BigDecimal agreedUnitPrice,
                                LocalDate requestedDeliveryDate, String confirmationStatus, BigDecimal confirmedQuantity,
                                LocalDate confirmedDeliveryDate, BigDecimal expectedQuantity, BigDecimal shippedQuantity,
                                BigDecimal receivedQuantity, BigDecimal acceptedQuantity, BigDecimal rejectedQuantity,
                                BigDecimal invoicedQuantity) implements Serializable {

        static OrderLineView of(PurchaseOrderLine line) {
            return new OrderLineView(line.getLineNumber(), line.getSupplierPartNumber(), line.getDescription(), line.getUnitCode(),
                    line.getOrderedQuantity(), line.getUnitPrice(), line.getPriceBasisQuantity(), line.agreedUnitPrice(),
                    line.getRequestedDeliveryDate(), line.getConfirmationStatus().name(),
                    line.getConfirmationStatus() == LineConfirmationStatus.PENDING ? null : line.getConfirmedQuantity(),
                    line.getConfirmedDeliveryDate(), line.expectedQuantity(), line.getShippedQuantity(), line.getReceivedQuantity(),
                    line.getAcceptedQuantity(), line.getRejectedQuantity(), line.getInvoicedQuantity());
        }

        /** Tells whether the price is for a number of units other than one, which the page then states. */
        public boolean hasPriceBasis() {
            return priceBasisQuantity.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** A shipping notice with the quantity shipped on each order line. */
    public record NoticeView(String number, LocalDate deliveryDate, String carrier, String trackingNumber, LocalDate sentOn,
                             List<QuantityView> lines) implements Serializable {

        static NoticeView of(ShippingNotice notice) {
            return new NoticeView(notice.getNumber(), notice.getDeliveryDate(), notice.getCarrier(), notice.getTrackingNumber(),
                    day(notice.getSentAt()), notice.getLines().stream()
                    .map(line -> new QuantityView(line.getOrderLine().getLineNumber(), line.getQuantity(), null, null,
                            line.getOrderLine().getUnitCode(), line.getBatch()))
                    .toList());
        }
    }

    /** The quantities of one order line in a notice or a receipt; accepted and rejected are null in a notice. */
    public record QuantityView(String lineNumber, BigDecimal quantity, BigDecimal accepted, BigDecimal rejected, String unitCode,
                               String batch) implements Serializable {
    }

    public record ReceiptView(long id, String number, long orderId, String orderNumber, LocalDate postedOn, List<QuantityView> lines)
            implements Serializable {

        static ReceiptView of(GoodsReceipt receipt) {
            return new ReceiptView(receipt.getId(), receipt.getNumber(), receipt.getPurchaseOrder().getId(),
                    receipt.getPurchaseOrder().getNumber(), day(receipt.getPostedAt()), receipt.getLines().stream()
                    .map(line -> new QuantityView(line.getOrderLine().getLineNumber(), line.getReceivedQuantity(),
                            line.getAcceptedQuantity(), line.getRejectedQuantity(), line.getOrderLine().getUnitCode(), line.getBatch()))
                    .toList());
        }
    }

    /** An invoice with the status shown to its supplier, its payment and its number of disputes. */
    public record InvoiceRow(long id, String number, LocalDate issueDate, String orderReference, Long orderId, String currency,
                             BigDecimal totalWithVat, String supplierStatus, String lifecycleCode, String paymentStatus,
                             BigDecimal paidAmount, LocalDate lastPaidOn, long disputeCount, String documentFormat)
            implements Serializable {

        static InvoiceRow of(SupplierInvoice invoice, long disputeCount) {
            String payment = invoice.isPaidInFull() ? "PAID" : invoice.getPaidAmount().signum() > 0 ? "PARTIALLY_PAID" : "UNPAID";
            return new InvoiceRow(invoice.getId(), invoice.getNumber(), invoice.getIssueDate(), invoice.getOrderReference(),
                    invoice.getPurchaseOrder() == null ? null : invoice.getPurchaseOrder().getId(), invoice.getCurrency(),
                    invoice.getTotalWithVat(), SupplierFacingStatus.of(invoice).name(),
                    invoice.getLifecycle() == null ? null : invoice.getLifecycle().code(), payment, invoice.getPaidAmount(),
                    invoice.getLastPaidOn(), disputeCount, invoice.getDocumentFormat());
        }

        /** Returns the PrimeFaces tag severity that colours the status: green when approved, red when refused or rejected. */
        public String severity() {
            return switch (SupplierFacingStatus.valueOf(supplierStatus)) {
                case APPROVED -> "success";
                case IN_PROCESS, AWAITING_RECEIPT -> "info";
                case UNDER_REVIEW, IN_DISPUTE -> "warning";
                case REFUSED, REJECTED -> "danger";
            };
        }
    }

    public record InvoiceLineView(String lineId, String orderLineReference, String description, BigDecimal quantity, String unitCode,
                                  BigDecimal netPrice, BigDecimal netAmount, BigDecimal vatRate) implements Serializable {

        static InvoiceLineView of(SupplierInvoiceLine line) {
            return new InvoiceLineView(line.getLineId(), line.getOrderLineReference(), line.getDescription(), line.getQuantity(),
                    line.getUnitCode(), line.getNetPrice(), line.getNetAmount(), line.getVatRate());
        }
    }

    /** The EN 16931 validation of an invoice's document: counts, then each failed rule. */
    public record ValidationView(List<String> ruleSets, int errorCount, int warningCount, List<FailureView> failures)
            implements Serializable {

        static ValidationView of(ValidationReport report) {
            return new ValidationView(List.copyOf(report.getRuleSets()), report.getErrorCount(), report.getWarningCount(),
                    report.getFailures().stream()
                            .map(failure -> new FailureView(failure.ruleId(), failure.severity().name(), failure.location(), failure.text()))
                            .toList());
        }
    }

    public record FailureView(String ruleId, String severity, String location, String text) implements Serializable {
    }

    public record DisputeView(long id, long invoiceId, String invoiceNumber, String reason, String description, BigDecimal disputedAmount,
                              String currency, LocalDate deadline, String status, String outcome, String resolutionNote, LocalDate openedOn)
            implements Serializable {

        static DisputeView of(InvoiceDispute dispute) {
            return new DisputeView(dispute.getId(), dispute.getInvoice().getId(), dispute.getInvoice().getNumber(), dispute.getReason().name(),
                    dispute.getDescription(), dispute.getDisputedAmount(), dispute.getInvoice().getCurrency(), dispute.getDeadline(),
                    dispute.getStatus().name(), dispute.getOutcome() == null ? null : dispute.getOutcome().name(),
                    dispute.getResolutionNote(), day(dispute.getOpenedAt()));
        }
    }

    public record InvoiceView(InvoiceRow summary, String sellerName, String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat,
                              List<InvoiceLineView> lines, ValidationView validation, List<DisputeView> disputes) implements Serializable {
    }

    /** Returns the order with its lines, notices and receipts; another supplier's order is not found. */
    public OrderView order(long id) {
        PurchaseOrder order = purchaseOrders.get(id);
        return new OrderView(order.getId(), order.getNumber(), order.getStatus().name(), day(order.getIssuedAt()), order.getCurrency(),
                order.netTotal().amount(), order.getSupplierNote(), order.getRevision(),
                order.getLines().stream().map(OrderLineView::of).toList(),
                shipping.forOrder(id).stream().map(NoticeView::of).toList(),
                receiving.forOrder(id).stream().map(ReceiptView::of).toList());
    }

    /** Returns the invoice with its lines, validation report and disputes; another supplier's invoice is not found. */
    public InvoiceView invoice(long id) {
        SupplierInvoice invoice = invoicing.get(id);
        List<DisputeView> invoiceDisputes = disputes.forInvoice(id).stream().map(DisputeView::of).toList();
        return new InvoiceView(InvoiceRow.of(invoice, invoiceDisputes.size()), invoice.getSellerName(), invoice.getSellerVatId(),
                invoice.getTotalWithoutVat(), invoice.getTotalVat(), invoice.getLines().stream().map(InvoiceLineView::of).toList(),
                validationReports.find(id).map(ValidationView::of).orElse(null), invoiceDisputes);
    }

    /** Returns one page of the caller's invoices, newest first. */
    public List<InvoiceRow> invoices(int first, int size) {
        return invoicing.list(first, size).stream().map(invoice -> InvoiceRow.of(invoice, disputeSearch.countFor(invoice))).toList();
    }

    /** Returns one page of the goods receipts of the caller's orders, newest first. */
    public List<ReceiptView> receipts(int first, int size) {
        return receiptSearch.find(first, size).stream().map(ReceiptView::of).toList();
    }

    /** Returns one page of the disputes over the caller's invoices, open ones first. */
    public List<DisputeView> disputes(int first, int size) {
        return disputeSearch.find(first, size).stream().map(DisputeView::of).toList();
    }

    /** Returns the validation report of an invoice the caller may see, or null when its syntax has none (cXML). */
    public ValidationView validation(long invoiceId) {
        invoicing.get(invoiceId);
        return validationReports.find(invoiceId).map(ValidationView::of).orElse(null);
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
