package org.openprocure.web.invoices;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.openprocure.invoicing.DisputeService;
import org.openprocure.invoicing.InvoiceDispute;
import org.openprocure.invoicing.InvoicePayment;
import org.openprocure.invoicing.InvoicePaymentService;
import org.openprocure.invoicing.InvoiceSearchService;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.invoicing.validation.ValidationReport;
import org.openprocure.invoicing.validation.ValidationReports;
import org.openprocure.matching.MatchChargeResult;
import org.openprocure.matching.MatchExplanations;
import org.openprocure.matching.MatchLineResult;
import org.openprocure.matching.MatchResult;
import org.openprocure.matching.MatchingService;
import org.openprocure.matching.RecordedTolerance;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptLine;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shared.Messages;
import org.openprocure.web.invoices.InvoicePage.ChargeRow;
import org.openprocure.web.invoices.InvoicePage.DisputeRow;
import org.openprocure.web.invoices.InvoicePage.Header;
import org.openprocure.web.invoices.InvoicePage.Match;
import org.openprocure.web.invoices.InvoicePage.RelatedOrder;
import org.openprocure.web.invoices.InvoicePage.RelatedReceipt;
import org.openprocure.web.invoices.MatchRow.InvoiceSide;
import org.openprocure.web.invoices.MatchRow.OrderSide;
import org.openprocure.web.invoices.MatchRow.ReceiptSide;
import org.openprocure.web.invoices.MatchRow.ToleranceText;
import org.openprocure.web.invoices.MatchRow.Verdict;

/**
 * Reads one invoice and what relates to it in a single transaction, so the lazy associations load,
 * and turns them into the records the pages show. The services it calls check who may see the invoice.
 */
@ApplicationScoped
@Transactional
public class InvoicePageReader {

    @Inject
    private InvoicingService invoicing;

    @Inject
    private InvoiceSearchService search;

    @Inject
    private MatchingService matching;

    @Inject
    private ReceivingService receiving;

    @Inject
    private DisputeService disputes;

    @Inject
    private InvoicePaymentService payments;

    @Inject
    private ValidationReports validationReports;

    public InvoicePage read(long invoiceId, Locale locale) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        List<PurchaseOrder> orders = ordersOf(invoice);
        List<GoodsReceipt> receipts = orders.stream().flatMap(order -> receiving.forOrder(order.getId()).stream()).toList();

        Match match = match(invoice, orders, receipts, locale);
        List<RelatedOrder> relatedOrders = orders.stream()
                .map(order -> new RelatedOrder(order.getId(), order.getNumber(), order.getStatus().name(), order.netTotal().amount(),
                        order.getCurrency()))
                .toList();
        List<RelatedReceipt> relatedReceipts = receipts.stream()
                .map(receipt -> new RelatedReceipt(receipt.getId(), receipt.getNumber(), receipt.getPurchaseOrder().getNumber(),
                        local(receipt.getPostedAt()), receipt.getPostedBy()))
                .toList();
        List<InvoiceListRow> creditNotes = search.creditNotesOf(invoiceId).stream().map(InvoiceListRow::of).toList();
        List<DisputeRow> disputeRows = disputes.forInvoice(invoiceId).stream().map(InvoicePageReader::disputeRow).toList();
        InvoicePage.Validation validation = validationReports.find(invoiceId).map(InvoicePageReader::validation).orElse(null);
        return new InvoicePage(header(invoice), match, relatedOrders, relatedReceipts, creditNotes, disputeRows, validation,
                payment(invoice));
    }

    /** Returns the dispute with its invoice's number and seller. */
    public DisputeRow readDispute(long disputeId) {
        return disputeRow(disputes.get(disputeId));
    }

    static DisputeRow disputeRow(InvoiceDispute dispute) {
        SupplierInvoice invoice = dispute.getInvoice();
        return new DisputeRow(dispute.getId(), invoice.getId(), invoice.getNumber(), invoice.getSellerName(), dispute.getReason().name(),
                dispute.getDescription(), dispute.getStatus().name(), dispute.getOutcome() == null ? null : dispute.getOutcome().name(),
                local(dispute.getOpenedAt()), dispute.getOpenedBy(), dispute.getDeadline(), dispute.getDisputedLines(),
                dispute.getDisputedAmount(), invoice.getCurrency(), dispute.getResolutionNote(), dispute.getResolvedBy(),
                local(dispute.getResolvedAt()));
    }

    /** Returns the invoice's order and the orders its lines were linked to, in that order and each once. */
    private static List<PurchaseOrder> ordersOf(SupplierInvoice invoice) {
        Set<PurchaseOrder> orders = new LinkedHashSet<>();
        if (invoice.getPurchaseOrder() != null) {
            orders.add(invoice.getPurchaseOrder());
        }
        invoice.getLines().stream()
                .map(SupplierInvoiceLine::getOrderLine)
                .filter(Objects::nonNull)
                .forEach(line -> orders.add(line.getPurchaseOrder()));
        return new ArrayList<>(orders);
    }

    private static Header header(SupplierInvoice invoice) {
        return new Header(invoice.getId(), invoice.getNumber(), invoice.getKind().name(), invoice.getSellerName(), invoice.getSellerVatId(),
                invoice.getIssueDate(), local(invoice.getReceivedAt()), invoice.getReceivedBy(), invoice.getCurrency(),
                invoice.getTotalWithoutVat(), invoice.getTotalVat(), invoice.getTotalWithVat(), invoice.getOrderReference(),
                invoice.getStatus().name(), invoice.getLifecycle() == null ? null : invoice.getLifecycle().code(),
                invoice.getLifecycle() == null ? null : invoice.getLifecycle().name(), invoice.isOnHold(), invoice.getHoldReason(),
                invoice.getPrecedingInvoiceNumber(), invoice.getPossibleDuplicateOf(), invoice.getDiscrepancyAcceptedBy(),
                invoice.getDiscrepancyAcceptanceReason(), invoice.getDocumentFormat(), invoice.getProfile());
    }

    private Match match(SupplierInvoice invoice, List<PurchaseOrder> orders, List<GoodsReceipt> receipts, Locale locale) {
        List<InvoiceSide> invoiceLines = invoice.getLines().stream().map(InvoicePageReader::invoiceSide).toList();
        List<OrderSide> orderLines = orders.stream().flatMap(order -> order.getLines().stream()).map(InvoicePageReader::orderSide).toList();
        List<ReceiptSide> receiptLines = receipts.stream().flatMap(receipt -> receipt.getLines().stream())
                .map(InvoicePageReader::receiptSide).toList();
        Optional<MatchResult> found = matching.findResult(invoice.getId());
        if (found.isEmpty()) {
            String message = invoice.getStatus() == InvoiceStatus.HEADER_ONLY_REVIEW
                    ? Messages.format(locale, "invoice.headerOnlyReview", invoice.getDocumentFormat(), invoice.getOrderReference())
                    : null;
            return new Match(invoice.getStatus().name(), null, message, null, 0,
                    MatchRows.lineUp(invoiceLines, orderLines, receiptLines, List.of()), List.of(), List.of());
        }
        MatchResult result = found.get();
        List<Verdict> verdicts = result.getLines().stream().map(line -> verdict(line, locale)).toList();
        List<ChargeRow> charges = result.getCharges().stream().map(charge -> chargeRow(charge, invoice.getCurrency(), locale)).toList();
        List<String> taxNotes = verdicts.stream().map(Verdict::taxNote).filter(Objects::nonNull).toList();
        String message = result.getReason() == null ? null
                : Messages.format(locale, "reason." + result.getReason().name(), invoice.getOrderReference(), invoice.getSellerVatId());
        return new Match(result.getOutcome().name(), result.getReason() == null ? null : result.getReason().name(), message,
                local(result.getMatchedAt()), result.getRunCount(), MatchRows.lineUp(invoiceLines, orderLines, receiptLines, verdicts),
                charges, taxNotes);
    }

    private static InvoiceSide invoiceSide(SupplierInvoiceLine line) {
        PurchaseOrderLine orderLine = line.getOrderLine();
        return new InvoiceSide(line.getLineId(), line.getDescription(), line.getQuantity(), line.getUnitCode(), line.getNetPrice(),
                line.getPriceBaseQuantity(), line.getNetAmount(), line.getVatRate(),
                orderLine == null ? line.orderNumber() : orderLine.getPurchaseOrder().getNumber(),
                orderLine == null ? line.getOrderLineReference() : orderLine.getLineNumber());
    }

    private static OrderSide orderSide(PurchaseOrderLine line) {
        return new OrderSide(line.getPurchaseOrder().getId(), line.getPurchaseOrder().getNumber(), line.getLineNumber(), line.getDescription(),
                line.getOrderedQuantity(), line.getUnitCode(), line.agreedUnitPrice(), line.netAmount().amount(), line.getVatRate(),
                line.getReceivedQuantity(), line.getRejectedQuantity(), line.getAcceptedQuantity());
    }

    private static ReceiptSide receiptSide(GoodsReceiptLine line) {
        return new ReceiptSide(line.getReceipt().getNumber(), line.getReceipt().getPurchaseOrder().getNumber(),
                line.getOrderLine().getLineNumber(), line.getReceivedQuantity(), line.getRejectedQuantity(), line.getAcceptedQuantity());
    }

    private static Verdict verdict(MatchLineResult line, Locale locale) {
        return new Verdict(line.getInvoiceLineId(), line.getOrderNumber(), line.getOrderLineNumber(), line.getOutcome().name(),
                line.getReason() == null ? null : line.getReason().name(), MatchExplanations.explainForDisplay(line, locale),
                MatchExplanations.taxNoteForDisplay(line, locale), line.isVatRateDiffers(), line.getInvoicedQuantity(), line.getAvailableQuantity(),
                line.getInvoiceUnitPrice(), line.getOrderUnitPrice(), line.getInvoiceLineAmount(), line.getOrderLineAmount(),
                tolerance(line.getTolerance()));
    }

    private static ChargeRow chargeRow(MatchChargeResult charge, String currency, Locale locale) {
        return new ChargeRow(charge.isCharge() ? "CHARGE" : "ALLOWANCE", charge.getReasonCode(), charge.getReasonText(),
                charge.getInvoiceAmount(), charge.getOrderAmount(), charge.getEarlierAmount(), charge.getOutcome().name(),
                charge.getReason() == null ? null : charge.getReason().name(), MatchExplanations.explainForDisplay(charge, currency, locale),
                tolerance(charge.getTolerance()));
    }

    private static ToleranceText tolerance(RecordedTolerance tolerance) {
        if (tolerance == null) {
            return null;
        }
        return new ToleranceText(tolerance.getSource().name(), tolerance.getCategory(), tolerance.getQuantityPercent(),
                tolerance.getQuantityAbsolute(), tolerance.getPricePercent(), tolerance.getPriceAmount(), tolerance.getLineAmountPercent(),
                tolerance.getLineAmountAbsolute());
    }

    private static InvoicePage.Validation validation(ValidationReport report) {
        return new InvoicePage.Validation(local(report.getValidatedAt()), List.copyOf(report.getRuleSets()), report.getErrorCount(),
                report.getWarningCount(), report.getFailures().stream()
                .map(failure -> new InvoicePage.Failure(failure.ruleId(), failure.severity().name().toLowerCase(Locale.ROOT),
                        failure.location(), failure.text()))
                .toList());
    }

    private InvoicePage.Payment payment(SupplierInvoice invoice) {
        String status = invoice.isPaidInFull() ? "PAID" : invoice.getPaidAmount().signum() > 0 ? "PARTIALLY_PAID" : "UNPAID";
        List<InvoicePage.PaymentRow> rows = payments.paymentsOf(invoice.getId()).stream()
                .map(InvoicePageReader::paymentRow)
                .toList();
        return new InvoicePage.Payment(status, invoice.getPaidAmount(), invoice.amountDue(), invoice.getLastPaidOn(), rows);
    }

    private static InvoicePage.PaymentRow paymentRow(InvoicePayment payment) {
        return new InvoicePage.PaymentRow(payment.getAmount(), payment.getPaidOn(), payment.getReference());
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
