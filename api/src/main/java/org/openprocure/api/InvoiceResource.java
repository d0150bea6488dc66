package org.openprocure.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.InvoiceAllowanceCharge;
import org.openprocure.invoicing.InvoiceApprovalService;
import org.openprocure.invoicing.InvoiceDocument;
import org.openprocure.invoicing.InvoicePaymentService;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.invoicing.InvoiceTooLargeException;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.OriginalRetentionService;
import org.openprocure.invoicing.PaymentDraft;
import org.openprocure.invoicing.ReceivedInvoice;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.invoicing.validation.RuleFailure;
import org.openprocure.invoicing.validation.RuleSeverity;
import org.openprocure.invoicing.validation.ValidationReport;
import org.openprocure.matching.MatchChargeResult;
import org.openprocure.matching.MatchExplanations;
import org.openprocure.matching.MatchLineResult;
import org.openprocure.matching.MatchResult;
import org.openprocure.matching.MatchingService;
import org.openprocure.matching.RecordedTolerance;
import org.openprocure.platform.Settings;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;

@RequestScoped
@Transactional
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    private InvoicingService invoicing;

    @Inject
    private MatchingService matching;

    @Inject
    private InvoiceApprovalService approvals;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private InvoicePaymentService payments;

    @Inject
    private OriginalRetentionService retention;

    @Inject
    private Settings settings;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    public record OrderAssignment(String orderNumber) {
    }

    /** An allowance or charge as the supplier wrote it; see EN 16931 BG-20, BG-21, BG-27 and BG-28. */
    public record AllowanceChargeView(boolean charge, String reasonCode, String reason, BigDecimal amount, BigDecimal baseAmount,
                                      BigDecimal percentage) {

        static AllowanceChargeView of(InvoiceAllowanceCharge entry) {
            return new AllowanceChargeView(entry.isCharge(), entry.getReasonCode(), entry.getReason(), Figures.amount(entry.getAmount()),
                    Figures.amount(entry.getBaseAmount()), Figures.plain(entry.getPercentage()));
        }
    }

    public record LineView(long id, String lineId, String orderLineReference, String sellerItemId, String description,
                           BigDecimal quantity, String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity,
                           BigDecimal netAmount, BigDecimal vatRate, String linkedOrderLine, String orderReference,
                           List<AllowanceChargeView> allowanceCharges) {

        static LineView of(SupplierInvoiceLine line) {
            return new LineView(line.getId(), line.getLineId(), line.getOrderLineReference(), line.getSellerItemId(),
                    line.getDescription(), Figures.plain(line.getQuantity()), line.getUnitCode(), Figures.plain(line.getNetPrice()),
                    Figures.plain(line.getPriceBaseQuantity()), Figures.amount(line.getNetAmount()), Figures.plain(line.getVatRate()),
                    line.getOrderLine() == null ? null : line.getOrderLine().getLineNumber(), line.getOrderReference(),
                    line.getAllowanceCharges().stream().map(AllowanceChargeView::of).toList());
        }
    }

    public record InvoiceView(long id, String number, LocalDate issueDate, String currency, String orderReference,
                              Long purchaseOrderId, String sellerName, String sellerVatId, BigDecimal totalWithoutVat,
                              BigDecimal totalVat, BigDecimal totalWithVat, String status, Instant receivedAt, String receivedBy,
                              String documentFormat, String kind, String precedingInvoiceNumber, String lifecycleCode,
                              String lifecycleStatus, boolean onHold, String holdReason, Long possibleDuplicateOf,
                              String discrepancyAcceptedBy,
                              String discrepancyAcceptanceReason, String buyerReference, String costCentre, String approvalDecidedBy,
                              String approvalComment, List<LineView> lines, List<AllowanceChargeView> allowanceCharges,
                              PaymentView payment, String profile, boolean headerOnly) {

        static InvoiceView of(SupplierInvoice invoice) {
            return new InvoiceView(invoice.getId(), invoice.getNumber(), invoice.getIssueDate(), invoice.getCurrency(),
                    invoice.getOrderReference(), invoice.getPurchaseOrder() == null ? null : invoice.getPurchaseOrder().getId(),
                    invoice.getSellerName(), invoice.getSellerVatId(), Figures.amount(invoice.getTotalWithoutVat()),
                    Figures.amount(invoice.getTotalVat()), Figures.amount(invoice.getTotalWithVat()), invoice.getStatus().name(), invoice.getReceivedAt(), invoice.getReceivedBy(),
                    invoice.getDocumentFormat(), invoice.getKind().name(), invoice.getPrecedingInvoiceNumber(),
                    invoice.getLifecycle() == null ? null : invoice.getLifecycle().code(),
                    invoice.getLifecycle() == null ? null : invoice.getLifecycle().name(), invoice.isOnHold(), invoice.getHoldReason(),
                    invoice.getPossibleDuplicateOf(), invoice.getDiscrepancyAcceptedBy(),
                    invoice.getDiscrepancyAcceptanceReason(), invoice.getBuyerReference(), invoice.getCostCentre(),
                    invoice.getApprovalDecidedBy(), invoice.getApprovalComment(),
                    invoice.getLines().stream().map(LineView::of).toList(),
                    invoice.getAllowanceCharges().stream().map(AllowanceChargeView::of).toList(),
                    PaymentView.of(invoice), invoice.getProfile(), invoice.isHeaderOnly());
        }
    }

    /**
     * Payment status of an invoice as the ERP reported it, shown to both sides.
     *
     * @param status UNPAID, PARTIALLY_PAID, or PAID once the invoice reached 211 Paiement transmis
     */
    public record PaymentView(String status, BigDecimal paidAmount, BigDecimal amountDue, LocalDate lastPaidOn) {

        static PaymentView of(SupplierInvoice invoice) {
            String status = invoice.isPaidInFull() ? "PAID" : invoice.getPaidAmount().signum() > 0 ? "PARTIALLY_PAID" : "UNPAID";
            return new PaymentView(status, Figures.amount(invoice.getPaidAmount()), Figures.amount(invoice.amountDue()),
                    invoice.getLastPaidOn());
        }
    }

    /** A payment the ERP reports on an invoice it names by id in the path. */
    public record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) {
    }

    /** A payment the ERP reports on an invoice named by the supplier's code and the invoice number, which is how ERPs identify it. */
    public record PaymentByNumberRequest(String supplierCode, String invoiceNumber, BigDecimal amount, LocalDate paidOn, String reference) {
    }

    public record InvoiceSummary(long id, String number, String sellerName, String orderReference, String currency,
                                 BigDecimal totalWithVat, String status, Instant receivedAt) {

        static InvoiceSummary of(SupplierInvoice invoice) {
            return new InvoiceSummary(invoice.getId(), invoice.getNumber(), invoice.getSellerName(), invoice.getOrderReference(),
                    invoice.getCurrency(), Figures.amount(invoice.getTotalWithVat()), invoice.getStatus().name(), invoice.getReceivedAt());
        }
    }

    /**
     * The tolerances a match applied and their source: SUPPLIER (agreed with the supplier), CATEGORY
     * (set for the order line's purchase {@code category}) or COMPANY_DEFAULT.
     */
    public record AppliedToleranceView(String source, String category, BigDecimal quantityPercent, BigDecimal quantityAbsolute,
                                       BigDecimal pricePercent, BigDecimal priceAmount, BigDecimal lineAmountPercent,
                                       BigDecimal lineAmountAbsolute) {

        static AppliedToleranceView of(RecordedTolerance tolerance) {
            if (tolerance == null) {
                return null;
            }
            return new AppliedToleranceView(tolerance.getSource().name(), tolerance.getCategory(), Figures.plain(tolerance.getQuantityPercent()),
                    Figures.plain(tolerance.getQuantityAbsolute()), Figures.plain(tolerance.getPricePercent()),
                    Figures.plain(tolerance.getPriceAmount()), Figures.plain(tolerance.getLineAmountPercent()),
                    Figures.plain(tolerance.getLineAmountAbsolute()));
        }
    }

    /** One line of a match result; {@code message} explains it in the caller's language. */
    public record MatchLineView(String invoiceLineId, String orderLineNumber, String outcome, String reason,
                                BigDecimal invoicedQuantity, BigDecimal availableQuantity, String unitCode,
                                BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice, String message, BigDecimal invoiceVatRate,
                                BigDecimal orderVatRate, boolean vatRateDiffers, String taxNote, String orderNumber,
                                BigDecimal unitFactor, BigDecimal invoiceLineAmount, BigDecimal orderLineAmount,
                                AppliedToleranceView tolerance) {
    }

    /**
     * The comparison of the invoice's document-level charges or allowances of one reason with the
     * order's; {@code earlierAmount} is what invoices received before for the order already carried.
     */
    public record MatchChargeView(String kind, String reasonCode, String reasonText, BigDecimal invoiceAmount, BigDecimal orderAmount,
                                  BigDecimal earlierAmount, String outcome, String reason, String message, AppliedToleranceView tolerance) {
    }

    public record MatchView(long invoiceId, String outcome, String reason, String message, Instant matchedAt, int runCount,
                            List<MatchLineView> lines, List<MatchChargeView> charges) {
    }

    /**
     * Receives an invoice or credit note: UBL 2.1, CII D16B or cXML InvoiceDetailRequest as XML,
     * or a Factur-X / ZUGFeRD PDF. The syntax is detected from the bytes. A body above the size
     * setting is rejected with 413 before it is read whole.
     */
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/pdf"})
    public Response receive(InputStream body) throws IOException {
        long maxBytes = settings.invoiceMaxBytes();
        int declaredLength = headers.getLength();
        if (declaredLength > maxBytes) {
            throw new InvoiceTooLargeException(declaredLength, maxBytes);
        }
        byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
            throw new InvoiceTooLargeException(-1, maxBytes);
        }
        ReceivedInvoice received = invoicing.receive(bytes, headers.getMediaType() == null ? null : headers.getMediaType().toString());
        if (received.invoice().isRejected()) {
            return rejected(received.invoice());
        }
        if (received.alreadyReceived()) {
            return Response.ok(InvoiceView.of(received.invoice())).build();
        }
        return Created.at(uriInfo, InvoiceResource.class, received.invoice().getId(), InvoiceView.of(received.invoice()));
    }

    /**
     * Builds the response to a document kept as rejected, whether posted for the first time or
     * again: 422 with the failed rule ids, and a Location header pointing at the kept invoice.
     */
    private Response rejected(SupplierInvoice invoice) {
        URI location = uriInfo.getBaseUriBuilder().path(InvoiceResource.class).path(Long.toString(invoice.getId())).build();
        List<String> failedRules = invoicing.validationReport(invoice.getId()).getFailures().stream()
                .filter(failure -> failure.severity() == RuleSeverity.FATAL)
                .map(RuleFailure::ruleId)
                .distinct()
                .toList();
        Locale locale = Languages.of(headers);
        String number = invoice.getNumber() == null ? "-" : invoice.getNumber();
        RejectedInvoiceProblem problem = new RejectedInvoiceProblem("about:blank", "Unprocessable Content", 422,
                Messages.format(locale, "error.invoice.rejected", number, String.join(", ", failedRules), location.toString()),
                Messages.format(locale, "error.invoice.rejected.fix", number, String.join(", ", failedRules), location.toString()),
                location, invoice.getId(), invoice.getLifecycle() == null ? null : invoice.getLifecycle().code(), failedRules);
        return Response.status(422).location(location).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @GET
    public List<InvoiceSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return invoicing.list(paging.first(), paging.size()).stream().map(InvoiceSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public InvoiceView get(@PathParam("id") long id) {
        return InvoiceView.of(invoicing.get(id));
    }

    /** A failed assertion of the validation report. */
    public record RuleFailureView(String ruleId, String severity, String location, String text) {
    }

    /** The validation report of the invoice's document: the rule sets applied, then each failed assertion. */
    public record ValidationReportView(long invoiceId, Instant validatedAt, List<String> ruleSets, int errorCount, int warningCount,
                                       List<RuleFailureView> failures) {

        static ValidationReportView of(ValidationReport report) {
            return new ValidationReportView(report.getInvoiceId(), report.getValidatedAt(), report.getRuleSets(), report.getErrorCount(),
                    report.getWarningCount(), report.getFailures().stream()
                    .map(failure -> new RuleFailureView(failure.ruleId(), failure.severity().name().toLowerCase(Locale.ROOT),
                            failure.location(), failure.text()))
                    .toList());
        }
    }

    /** Returns the EN 16931 validation report kept with the invoice's document, to accounts payable and to the invoice's supplier. */
    @GET
    @Path("{id}/validation")
    public ValidationReportView validation(@PathParam("id") long id) {
        return ValidationReportView.of(invoicing.validationReport(id));
    }

    /** Returns the invoice file exactly as it was received. */
    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id) {
        InvoiceDocument document = invoicing.document(id);
        return Response.ok(document.getContent(), document.getContentType())
                .header("Digest", "sha-256=" + document.getSha256())
                .build();
    }

    /** Returns the latest match; before the first run, the invoice status with no lines and a run count of 0. */
    /** Returns the original file's hash, its storage date and the end of its legal retention period. */
    @GET
    @Path("{id}/document/retention")
    public OriginalRetentionService.Retention retention(@PathParam("id") long id) {
        return retention.retention(id);
    }

    /** Deletes the original file's bytes, keeping its hash and metadata; refused with 409 before the retention period ended. */
    @DELETE
    @Path("{id}/document")
    public OriginalRetentionService.Retention deleteDocument(@PathParam("id") long id) {
        return retention.deleteContent(id);
    }

    /** Records a payment from the ERP; paid in full, the invoice moves to 211 Paiement transmis. */
    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView recordPayment(@PathParam("id") long id, PaymentRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return InvoiceView.of(payments.recordPayment(id, new PaymentDraft(request.amount(), request.paidOn(), request.reference())));
    }

    /** Records a payment from the ERP on the invoice with this supplier code and number. */
    @POST
    @Path("payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView recordPaymentByNumber(PaymentByNumberRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return InvoiceView.of(payments.recordPayment(request.supplierCode(), request.invoiceNumber(),
                new PaymentDraft(request.amount(), request.paidOn(), request.reference())));
    }

    @GET
    @Path("{id}/match")
    public MatchView match(@PathParam("id") long id) {
        SupplierInvoice invoice = invoicing.get(id);
        return matching.findResult(id)
                .map(result -> view(invoice, result, Languages.of(headers)))
                .orElseGet(() -> unmatched(invoice, Languages.of(headers)));
    }

    /**
     * Returns the view before any match run: the invoice status with no lines. An invoice without
     * lines by its profile is never matched, so its view explains why and what accounts payable does next.
     */
    private static MatchView unmatched(SupplierInvoice invoice, Locale locale) {
        if (invoice.getStatus() == InvoiceStatus.HEADER_ONLY_REVIEW) {
            String message = Messages.format(locale, "invoice.headerOnlyReview", invoice.getDocumentFormat(), invoice.getOrderReference());
            return new MatchView(invoice.getId(), invoice.getStatus().name(), "HEADER_ONLY", message, null, 0, List.of(), List.of());
        }
        return new MatchView(invoice.getId(), invoice.getStatus().name(), null, null, null, 0, List.of(), List.of());
    }

    @PUT
    @Path("{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView assignOrder(@PathParam("id") long id, OrderAssignment assignment) {
        if (assignment == null) {
            throw new InvalidInputException("error.missing", "orderNumber");
        }
        return InvoiceView.of(invoicing.assignOrder(id, assignment.orderNumber()));
    }

    /** The body of PUT /invoices/{id}/hold and POST /invoices/{id}/credit-note-request. */
    public record Reason(String reason) {
    }

    @PUT
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView hold(@PathParam("id") long id, Reason reason) {
        return InvoiceView.of(invoicing.hold(id, reason == null ? null : reason.reason()));
    }

    @DELETE
    @Path("{id}/hold")
    public InvoiceView release(@PathParam("id") long id) {
        return InvoiceView.of(invoicing.release(id));
    }

    @POST
    @Path("{id}/credit-note-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView requestCreditNote(@PathParam("id") long id, Reason reason) {
        return InvoiceView.of(invoicing.requestCreditNote(id, reason == null ? null : reason.reason()));
    }

    /** The body of POST /invoices/{id}/discrepancy-acceptance. */
    public record DiscrepancyAcceptance(String reason) {
    }

    @POST
    @Path("{id}/discrepancy-acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView acceptDiscrepancy(@PathParam("id") long id, DiscrepancyAcceptance acceptance) {
        if (acceptance == null) {
            throw new InvalidInputException("error.missing", "reason");
        }
        return InvoiceView.of(invoicing.acceptDiscrepancy(id, acceptance.reason()));
    }

    /** The body of PUT /invoices/{id}/cost-centre. */
    public record CostCentreAssignment(String costCentre) {
    }

    /** Sends an invoice without an order to the owner of a cost centre for approval. */
    @PUT
    @Path("{id}/cost-centre")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView routeToCostCentre(@PathParam("id") long id, CostCentreAssignment assignment) {
        if (assignment == null) {
            throw new InvalidInputException("error.missing", "costCentre");
        }
        return InvoiceView.of(approvals.routeToCostCentre(id, assignment.costCentre()));
    }

    /** The body of POST /invoices/{id}/approval: APPROVE or REFUSE, and a comment, which a refusal needs. */
    public record ApprovalDecision(String decision, String comment) {
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView decide(@PathParam("id") long id, ApprovalDecision decision) {
        if (decision == null) {
            throw new InvalidInputException("error.missing", "decision");
        }
        return InvoiceView.of(approvals.decide(id, decision.decision(), decision.comment()));
    }

    /** Lists one page of the invoices without an order that wait for the caller's approval as a cost centre owner. */
    @GET
    @Path("awaiting-my-approval")
    public List<InvoiceSummary> awaitingMyApproval(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return approvals.awaitingMyApproval(paging.first(), paging.size()).stream().map(InvoiceSummary::of).toList();
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        invoicing.get(id);
        return TimelineEntry.of(auditTrail.timeline(DocumentType.SUPPLIER_INVOICE, id));
    }

    private static MatchView view(SupplierInvoice invoice, MatchResult result, Locale locale) {
        List<MatchLineView> lines = result.getLines().stream().map(line -> lineView(line, locale)).toList();
        String message = result.getReason() == null ? null
                : Messages.format(locale, "reason." + result.getReason().name(), invoice.getOrderReference(), invoice.getSellerVatId());
        List<MatchChargeView> charges = result.getCharges().stream().map(charge -> chargeView(charge, invoice.getCurrency(), locale)).toList();
        return new MatchView(invoice.getId(), result.getOutcome().name(), result.getReason() == null ? null : result.getReason().name(),
                message, result.getMatchedAt(), result.getRunCount(), lines, charges);
    }

    private static MatchChargeView chargeView(MatchChargeResult charge, String currency, Locale locale) {
        return new MatchChargeView(charge.isCharge() ? "CHARGE" : "ALLOWANCE", charge.getReasonCode(), charge.getReasonText(),
                Figures.amount(charge.getInvoiceAmount()), Figures.amount(charge.getOrderAmount()), Figures.amount(charge.getEarlierAmount()),
                charge.getOutcome().name(), charge.getReason() == null ? null : charge.getReason().name(),
                MatchExplanations.explain(charge, currency, locale), AppliedToleranceView.of(charge.getTolerance()));
    }

    private static MatchLineView lineView(MatchLineResult line, Locale locale) {
        return new MatchLineView(line.getInvoiceLineId(), line.getOrderLineNumber(), line.getOutcome().name(),
                line.getReason() == null ? null : line.getReason().name(), Figures.plain(line.getInvoicedQuantity()),
                Figures.plain(line.getAvailableQuantity()), line.getUnitCode(), Figures.plain(line.getInvoiceUnitPrice()),
                Figures.plain(line.getOrderUnitPrice()), MatchExplanations.explain(line, locale), Figures.plain(line.getInvoiceVatRate()),
                Figures.plain(line.getOrderVatRate()), line.isVatRateDiffers(), MatchExplanations.taxNote(line, locale),
                line.getOrderNumber(), Figures.plain(line.getUnitFactor()),
                Figures.amount(line.getInvoiceLineAmount()), Figures.amount(line.getOrderLineAmount()),
                AppliedToleranceView.of(line.getTolerance()));
    }
}
