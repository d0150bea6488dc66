package org.openprocure.web.invoices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything /invoice.xhtml shows of one invoice, read in one transaction: the header, the match
 * view, the related documents, the validation report and the payments. Times are in the server's
 * time zone.
 */
public record InvoicePage(Header header, Match match, List<RelatedOrder> orders, List<RelatedReceipt> receipts,
                          List<InvoiceListRow> creditNotes, List<DisputeRow> disputes, Validation validation, Payment payment)
        implements Serializable {

    /**
     * The invoice as the supplier wrote it, with its match status (an InvoiceStatus name) and its
     * French lifecycle status (a LifecycleStatus name and its code).
     */
    public record Header(long id, String number, String kind, String sellerName, String sellerVatId, LocalDate issueDate,
                         LocalDateTime receivedAt, String receivedBy, String currency, BigDecimal totalWithoutVat, BigDecimal totalVat,
                         BigDecimal totalWithVat, String orderReference, String status, String lifecycleCode, String lifecycle,
                         boolean onHold, String holdReason, String precedingInvoiceNumber, Long possibleDuplicateOf,
                         String discrepancyAcceptedBy, String discrepancyAcceptanceReason, String documentFormat, String profile)
            implements Serializable {
    }

    /**
     * The latest match run: outcome and reason of the whole invoice, its explanation in the page's
     * language, the line rows and the document-level charges. The run count is 0 before the first run.
     */
    public record Match(String outcome, String reason, String message, LocalDateTime matchedAt, int runCount, List<MatchRow> rows,
                        List<ChargeRow> charges, List<String> taxNotes) implements Serializable {
    }

    /** The comparison of the invoice's document-level charges or allowances of one reason with the order's. */
    public record ChargeRow(String kind, String reasonCode, String reasonText, BigDecimal invoiceAmount, BigDecimal orderAmount,
                            BigDecimal earlierAmount, String outcome, String reason, String message, MatchRow.ToleranceText tolerance)
            implements Serializable {

        /** Returns the CSS class of the amount cells: a difference beyond the tolerance is highlighted. */
        public String amountClass() {
            return reason != null ? "match-difference" : "";
        }
    }

    /** An order the invoice refers to, with its net total (the sum of its lines) in its currency. */
    public record RelatedOrder(long id, String number, String status, BigDecimal netTotal, String currency) implements Serializable {
    }

    /** A goods receipt posted for one of the invoice's orders. */
    public record RelatedReceipt(long id, String number, String orderNumber, LocalDateTime postedAt, String postedBy) implements Serializable {
    }

    /** A dispute on the invoice; reason, status and outcome are enum names. */
    public record DisputeRow(long id, long invoiceId, String invoiceNumber, String sellerName, String reason, String description,
                             String status, String outcome, LocalDateTime openedAt, String openedBy, LocalDate deadline,
                             String disputedLines, BigDecimal disputedAmount, String currency, String resolutionNote, String resolvedBy,
                             LocalDateTime resolvedAt) implements Serializable {
    }

    /** The EN 16931 validation report of the invoice's document. */
    public record Validation(LocalDateTime validatedAt, List<String> ruleSets, int errorCount, int warningCount, List<Failure> failures)
            implements Serializable {
    }

    /** A failed assertion of the validation report; the severity is fatal or warning. */
    public record Failure(String ruleId, String severity, String location, String text) implements Serializable {
    }

    /** Payment status as the ERP reported it: UNPAID, PARTIALLY_PAID or PAID, with each payment. */
    public record Payment(String status, BigDecimal paidAmount, BigDecimal amountDue, LocalDate lastPaidOn, List<PaymentRow> payments)
            implements Serializable {
    }

    /** One payment the ERP reported. */
    public record PaymentRow(BigDecimal amount, LocalDate paidOn, String reference) implements Serializable {
    }
}
