package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.approval.ApprovalStep;
import org.openprocure.audit.AuditTrail;
import org.openprocure.purchasing.PurchaseOrderChange;
import org.openprocure.purchasing.PurchaseOrderChangeService;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLine;
import org.openprocure.requisition.RequisitionLineRequest;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

@RequestScoped
@Transactional
@Path("requisitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequisitionResource {

    @Inject
    private RequisitionService requisitions;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private PurchaseOrderChangeService orderChanges;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Context
    private UriInfo uriInfo;

    public record RequisitionRequest(String title, List<RequisitionLineRequest> lines) {
    }

    public record RejectionRequest(String reason) {
    }

    /** The optional body of an approval: the approver's comment, at most 1,000 characters. */
    public record ApprovalRequest(String comment) {
    }

    public record LineView(int lineNumber, long supplierId, String supplierName, Long catalogItemId, String supplierPartNumber,
                           String description, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
                           BigDecimal priceBasisQuantity, String currency, BigDecimal netAmount, BigDecimal vatRate,
                           String costCentre, LocalDate needByDate, String category, String supplierPartAuxiliaryId,
                           String longText, String classificationDomain, boolean punchedOut) {

        static LineView of(RequisitionLine line) {
            return new LineView(line.getLineNumber(), line.getSupplier().getId(), line.getSupplier().getName(), line.getCatalogItemId(),
                    line.getSupplierPartNumber(), line.getDescription(), line.getQuantity(), line.getUnitCode(), line.getUnitPrice(),
                    line.getPriceBasisQuantity(), line.getCurrency(), line.netAmount().amount(), line.getVatRate(),
                    line.getCostCentre(), line.getNeedByDate(), line.getCategory(), line.getSupplierPartAuxiliaryId(),
                    line.getLongText(), line.getClassificationDomain(), line.isPunchedOut());
        }
    }

    public record OrderReference(long id, String number) {
    }

    /**
     * One approver's task. decidedBy differs from approver when a delegate decided, and comment is the
     * approval comment or the rejection reason.
     */
    public record TaskView(String approver, boolean escalation, String status, String decidedBy, Instant decidedAt, String comment) {
    }

    /** A step of the requisition's approval chain, with the rule that added it; round 2 and above re-approve order changes. */
    public record StepView(int round, int position, String rule, String mode, boolean fallback, String status, Instant openedAt,
                           Instant escalatedAt, List<TaskView> tasks) {

        static StepView of(ApprovalStep step) {
            return new StepView(step.getRound(), step.getPosition(), step.getRuleName(), step.getMode().name(), step.isFallback(), step.getStatus().name(),
                    step.getOpenedAt(), step.getEscalatedAt(), step.getTasks().stream()
                            .map(task -> new TaskView(task.getApprover(), task.isEscalation(), task.getStatus().name(), task.getDecidedBy(),
                                    task.getDecidedAt(), task.getComment()))
                            .toList());
        }
    }

    /** The order change a CHANGE_SUBMITTED requisition waits for, with the order's approved and proposed totals excluding VAT. */
    public record PendingOrderChange(long id, long purchaseOrderId, String currency, BigDecimal approvedTotal, BigDecimal proposedTotal,
                                     String requestedBy, String reason) {

        static PendingOrderChange of(PurchaseOrderChange change) {
            return new PendingOrderChange(change.getId(), change.getPurchaseOrderId(), change.getApprovedTotal().currency(),
                    Figures.amount(change.getApprovedTotal().amount()), Figures.amount(change.getProposedTotal().amount()),
                    change.getRequestedBy(), change.getReason());
        }
    }

    /**
     * A requisition with its lines, orders and approval chain. {@code awaitingApprovalFrom} lists
     * the approvers whose decision its open steps wait for now, and {@code delegates} who may decide
     * today in place of those of them who are away. {@code pendingOrderChange} is null unless the
     * requisition is CHANGE_SUBMITTED.
     */
    public record RequisitionView(long id, String number, String title, String requester, String status, Instant createdAt,
                                  String decidedBy, Instant decidedAt, String rejectionReason, List<LineView> lines,
                                  List<OrderReference> purchaseOrders, Integer approvalRuleSetVersion,
                                  List<String> awaitingApprovalFrom, Map<String, List<String>> delegates,
                                  List<StepView> approvalSteps, PendingOrderChange pendingOrderChange) {
    }

    @POST
    public Response create(RequisitionRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "lines");
        }
        PurchaseRequisition requisition = requisitions.create(request.title(), request.lines());
        return Created.at(uriInfo, RequisitionResource.class, requisition.getId(), view(requisition));
    }

    public record RequisitionSummary(long id, String number, String title, String requester, String status, Instant createdAt) {
    }

    @GET
    public List<RequisitionSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return requisitions.list(paging.first(), paging.size()).stream()
                .map(r -> new RequisitionSummary(r.getId(), r.getNumber(), r.getTitle(), r.getRequester(), r.getStatus().name(), r.getCreatedAt()))
                .toList();
    }

    /** Lists one page of the requisitions whose open approval step waits for the caller, oldest first. */
    @GET
    @Path("awaiting-my-approval")
    public List<RequisitionSummary> awaitingMyApproval(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return approvalCircuits.awaitingMyApproval(paging.first(), paging.size()).stream()
                .map(requisitions::get)
                .map(r -> new RequisitionSummary(r.getId(), r.getNumber(), r.getTitle(), r.getRequester(), r.getStatus().name(), r.getCreatedAt()))
                .toList();
    }

    @GET
    @Path("{id}")
    public RequisitionView get(@PathParam("id") long id) {
        return view(requisitions.get(id));
    }

    @POST
    @Path("{id}/submit")
    public RequisitionView submit(@PathParam("id") long id) {
        return view(requisitions.submit(id));
    }

    @POST
    @Path("{id}/approve")
    public RequisitionView approve(@PathParam("id") long id, ApprovalRequest request) {
        return view(requisitions.approve(id, request == null ? null : request.comment()));
    }

    @POST
    @Path("{id}/reject")
    public RequisitionView reject(@PathParam("id") long id, RejectionRequest request) {
        return view(requisitions.reject(id, request == null ? null : request.reason()));
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        requisitions.get(id);
        return TimelineEntry.of(auditTrail.timeline(DocumentType.PURCHASE_REQUISITION, id));
    }

    private RequisitionView view(PurchaseRequisition requisition) {
        List<OrderReference> orders = purchaseOrders.issuedFrom(requisition.getId()).stream()
                .map(order -> new OrderReference(order.getId(), order.getNumber()))
                .toList();
        return new RequisitionView(requisition.getId(), requisition.getNumber(), requisition.getTitle(), requisition.getRequester(),
                requisition.getStatus().name(), requisition.getCreatedAt(), requisition.getDecidedBy(), requisition.getDecidedAt(),
                requisition.getRejectionReason(), requisition.getLines().stream().map(LineView::of).toList(), orders,
                requisition.getApprovalRuleSetVersion(), approvalCircuits.holders(requisition.getId()),
                approvalCircuits.delegatesOfHolders(requisition.getId()),
                approvalCircuits.stepsOf(requisition.getId()).stream().map(StepView::of).toList(),
                orderChanges.pendingChangeOf(requisition.getId()).map(PendingOrderChange::of).orElse(null));
    }
}
