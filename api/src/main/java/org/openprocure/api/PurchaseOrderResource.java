package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import org.openprocure.audit.AuditTrail;
import org.openprocure.punchout.CxmlOrderService;
import org.openprocure.purchasing.LineChange;
import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.purchasing.OrderChangeDraft;
import org.openprocure.purchasing.OrderAllowanceCharge;
import org.openprocure.purchasing.OrderChargeDraft;
import org.openprocure.purchasing.OrderLineDraft;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChange;
import org.openprocure.purchasing.PurchaseOrderChangeService;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shipping.ShippingNotice;
import org.openprocure.shipping.ShippingService;

@RequestScoped
@Transactional
@Path("purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    @Inject
    private CxmlOrderService cxmlOrders;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private PurchaseOrderChangeService orderChanges;

    @Inject
    private ShippingService shipping;

    @Inject
    private ReceivingService receiving;

    @Inject
    private AuditTrail auditTrail;

    @Context
    private UriInfo uriInfo;

    /** An order issued by the ERP, recorded under the ERP's number, with the document-level charges and allowances it foresees. */
    public record ImportRequest(String number, Long supplierId, String currency, List<OrderLineDraft> lines,
                                List<OrderChargeDraft> allowanceCharges) {
    }

    /**
     * The supplier's confirmation: {@code ACCEPT} every line as ordered, {@code REJECT} the order with a
     * reason, or {@code BY_LINE} with one entry per confirmed or rejected line.
     */
    public record ConfirmationRequest(String decision, String note, String reason, List<LineConfirmation> lines) {
    }

    public record ShippingNoticeRequest(String number, LocalDate deliveryDate, String carrier, String trackingNumber,
                                        List<ShippingService.ShippedLine> lines) {
    }

    public record GoodsReceiptRequest(List<ReceivingService.ReceivedLine> lines) {
    }

    public record LineView(long id, String lineNumber, String supplierPartNumber, String description, String unitCode,
                           BigDecimal unitPrice, BigDecimal priceBasisQuantity, BigDecimal vatRate, String costCentre,
                           LocalDate requestedDeliveryDate, String confirmationStatus, LocalDate confirmedDeliveryDate,
                           BigDecimal orderedQuantity, BigDecimal confirmedQuantity, BigDecimal shippedQuantity,
                           BigDecimal receivedQuantity, BigDecimal acceptedQuantity, BigDecimal rejectedQuantity,
                           BigDecimal invoicedQuantity, BigDecimal creditedQuantity, BigDecimal returnedQuantity,
                           String alternativeUnitCode, BigDecimal alternativeUnitFactor, String category, BigDecimal confirmedUnitPrice) {

        static LineView of(PurchaseOrderLine line) {
            return new LineView(line.getId(), line.getLineNumber(), line.getSupplierPartNumber(), line.getDescription(),
                    line.getUnitCode(), Figures.plain(line.getUnitPrice()), Figures.plain(line.getPriceBasisQuantity()),
                    Figures.plain(line.getVatRate()), line.getCostCentre(), line.getRequestedDeliveryDate(),
                    line.getConfirmationStatus().name(), line.getConfirmedDeliveryDate(), Figures.plain(line.getOrderedQuantity()),
                    Figures.plain(line.getConfirmedQuantity()), Figures.plain(line.getShippedQuantity()),
                    Figures.plain(line.getReceivedQuantity()), Figures.plain(line.getAcceptedQuantity()),
                    Figures.plain(line.getRejectedQuantity()), Figures.plain(line.getInvoicedQuantity()),
                    Figures.plain(line.getCreditedQuantity()), Figures.plain(line.getReturnedQuantity()),
                    line.getAlternativeUnitCode(), Figures.plain(line.getAlternativeUnitFactor()), line.getCategory(),
                    Figures.plain(line.getConfirmedUnitPrice()));
        }
    }

    /** A document-level charge or allowance the order foresees. */
    public record AllowanceChargeView(boolean charge, String reasonCode, String reason, BigDecimal amount) {

        static AllowanceChargeView of(OrderAllowanceCharge entry) {
            return new AllowanceChargeView(entry.isCharge(), entry.getReasonCode(), entry.getReason(), Figures.amount(entry.getAmount()));
        }
    }

    /**
     * An order with its lines. {@code approvedTotal}, the total excluding VAT that approvers last
     * accepted, is null on orders imported from the ERP; {@code revision} counts the buyer changes applied.
     */
    public record OrderView(long id, String number, long supplierId, String supplierName, String currency, String status,
                            Instant issuedAt, String issuedBy, Long requisitionId, String supplierNote, List<LineView> lines,
                            List<AllowanceChargeView> allowanceCharges, int revision, BigDecimal approvedTotal) {

        static OrderView of(PurchaseOrder order) {
            return new OrderView(order.getId(), order.getNumber(), order.getSupplier().getId(), order.getSupplier().getName(),
                    order.getCurrency(), order.getStatus().name(), order.getIssuedAt(), order.getIssuedBy(), order.getRequisitionId(),
                    order.getSupplierNote(), order.getLines().stream().map(LineView::of).toList(),
                    order.getAllowanceCharges().stream().map(AllowanceChargeView::of).toList(), order.getRevision(),
                    order.getApprovedTotal() == null ? null : Figures.amount(order.getApprovedTotal().amount()));
        }
    }

    /** A buyer's change: {@code lines} change an existing line's quantity, unit price or delivery date, and {@code newLines} add lines. */
    public record ChangeRequest(String reason, List<LineChange> lines, List<OrderLineDraft> newLines) {
    }

    /** A buyer's change with the totals it was judged on and its outcome. */
    public record ChangeView(long id, long purchaseOrderId, long requisitionId, String status, String currency, BigDecimal approvedTotal,
                             BigDecimal proposedTotal, boolean addsLines, String reason, List<LineChange> lines,
                             List<OrderLineDraft> newLines, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {

        static ChangeView of(PurchaseOrderChange change) {
            OrderChangeDraft content = change.change();
            return new ChangeView(change.getId(), change.getPurchaseOrderId(), change.getRequisitionId(), change.getStatus().name(),
                    change.getApprovedTotal().currency(), Figures.amount(change.getApprovedTotal().amount()),
                    Figures.amount(change.getProposedTotal().amount()), change.addsLines(), change.getReason(), content.lines(),
                    content.newLines(), change.getRequestedBy(), change.getRequestedAt(), change.getDecidedBy(), change.getDecidedAt());
        }
    }

    public record OrderSummary(long id, String number, String supplierName, String currency, String status, Instant issuedAt) {

        static OrderSummary of(PurchaseOrder order) {
            return new OrderSummary(order.getId(), order.getNumber(), order.getSupplier().getName(), order.getCurrency(),
                    order.getStatus().name(), order.getIssuedAt());
        }
    }

    public record ShippedLineView(String lineNumber, BigDecimal quantity, String batch, String packageId) {
    }

    public record ShippingNoticeView(long id, String number, String orderNumber, LocalDate deliveryDate, String carrier,
                                     String trackingNumber, Instant sentAt, List<ShippedLineView> lines) {

        static ShippingNoticeView of(ShippingNotice notice) {
            return new ShippingNoticeView(notice.getId(), notice.getNumber(), notice.getPurchaseOrder().getNumber(),
                    notice.getDeliveryDate(), notice.getCarrier(), notice.getTrackingNumber(), notice.getSentAt(), notice.getLines().stream()
                    .map(line -> new ShippedLineView(line.getOrderLine().getLineNumber(), Figures.plain(line.getQuantity()), line.getBatch(),
                            line.getPackageId()))
                    .toList());
        }
    }

    public record ReceivedLineView(String lineNumber, BigDecimal receivedQuantity, BigDecimal acceptedQuantity,
                                   BigDecimal rejectedQuantity, String batch, String rejectionReason) {
    }

    public record GoodsReceiptView(long id, String number, String orderNumber, Instant postedAt, String postedBy, String orderStatus,
                                   List<ReceivedLineView> lines) {

        static GoodsReceiptView of(GoodsReceipt receipt) {
            return new GoodsReceiptView(receipt.getId(), receipt.getNumber(), receipt.getPurchaseOrder().getNumber(),
                    receipt.getPostedAt(), receipt.getPostedBy(), receipt.getPurchaseOrder().getStatus().name(),
                    receipt.getLines().stream().map(line -> new ReceivedLineView(line.getOrderLine().getLineNumber(),
                            Figures.plain(line.getReceivedQuantity()), Figures.plain(line.getAcceptedQuantity()),
                            Figures.plain(line.getRejectedQuantity()), line.getBatch(), line.getRejectionReason())).toList());
        }
    }

    @POST
    public Response importOrder(ImportRequest request) {
        if (request == null || request.supplierId() == null) {
            throw new InvalidInputException("error.missing", "supplierId");
        }
        PurchaseOrder order = purchaseOrders.importOrder(request.number(), request.supplierId(), request.currency(), request.lines(),
                request.allowanceCharges());
        return Created.at(uriInfo, PurchaseOrderResource.class, order.getId(), OrderView.of(order));
    }

    @GET
    public List<OrderSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return purchaseOrders.list(paging.first(), paging.size()).stream().map(OrderSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") long id) {
        return OrderView.of(purchaseOrders.get(id));
    }

    /** Returns the order as a cXML OrderRequest, whose lines carry the supplier part and auxiliary ids verbatim. */
    @GET
    @Path("{id}/cxml")
    @Produces(MediaType.TEXT_XML + ";charset=UTF-8")
    public String cxml(@PathParam("id") long id) {
        return cxmlOrders.orderRequest(id);
    }

    @POST
    @Path("{id}/confirmation")
    public OrderView confirm(@PathParam("id") long id, ConfirmationRequest request) {
        String decision = request == null || request.decision() == null ? "" : request.decision();
        PurchaseOrder order = switch (decision) {
            case "ACCEPT" -> purchaseOrders.confirmAll(id, request.note());
            case "REJECT" -> purchaseOrders.reject(id, request.reason());
            case "BY_LINE" -> purchaseOrders.confirmLines(id, request.lines(), request.note());
            default -> throw new InvalidInputException("error.confirmation.decision", decision);
        };
        return OrderView.of(order);
    }

    @POST
    @Path("{id}/changes")
    public Response change(@PathParam("id") long id, ChangeRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "lines");
        }
        PurchaseOrderChange change = orderChanges.request(id, new OrderChangeDraft(request.reason(), request.lines(), request.newLines()));
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(change)).build();
    }

    @GET
    @Path("{id}/changes")
    public List<ChangeView> changes(@PathParam("id") long id) {
        return orderChanges.changesOf(id).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("{id}/shipping-notices")
    public Response notifyShipping(@PathParam("id") long id, ShippingNoticeRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "lines");
        }
        ShippingNotice notice = shipping.notify(id, request.number(), request.deliveryDate(),
                new ShippingService.Carriage(request.carrier(), request.trackingNumber()), request.lines());
        ShippingNoticeView view = ShippingNoticeView.of(notice);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    /** Returns the order's shipping notices, oldest first, with their carrier, tracking number, batches and packages. */
    @GET
    @Path("{id}/shipping-notices")
    public List<ShippingNoticeView> shippingNotices(@PathParam("id") long id) {
        purchaseOrders.get(id);
        return shipping.forOrder(id).stream().map(ShippingNoticeView::of).toList();
    }

    @POST
    @Path("{id}/goods-receipts")
    public Response receive(@PathParam("id") long id, GoodsReceiptRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "lines");
        }
        GoodsReceipt receipt = receiving.post(id, request.lines());
        return Created.at(uriInfo, GoodsReceiptResource.class, receipt.getId(), GoodsReceiptView.of(receipt));
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        purchaseOrders.get(id);
        return TimelineEntry.of(auditTrail.timeline(DocumentType.PURCHASE_ORDER, id));
    }
}
