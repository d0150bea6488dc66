package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.InvoicingService;
import org.openprocure.outbound.DeliveryAttempt;
import org.openprocure.outbound.OutboundDelivery;
import org.openprocure.outbound.OutboundDeliveryService;
import org.openprocure.purchasing.LineChange;
import org.openprocure.purchasing.OrderChangeDraft;
import org.openprocure.purchasing.OrderLineDraft;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChange;
import org.openprocure.purchasing.PurchaseOrderChangeService;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.shared.BusinessException;
import org.openprocure.shipping.ShippingService;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.PageMessages;
import org.openprocure.web.document.LiveDocumentPage;

/**
 * Backs /purchase-order.xhtml?id=N: one order with its lines, the supplier's confirmation, the
 * buyer's changes, the deliveries to the supplier and the documents that followed. The buyer
 * proposes a change, cancels the order or sends a delivery again, and the services check the role.
 */
@Named
@ViewScoped
public class PurchaseOrderBacking implements Serializable, LiveDocumentPage {

    private static final long serialVersionUID = 1L;

    /** The field names the service names in its errors about a new line, and the inputs of the new line on the page. */
    private static final Map<String, String> NEW_LINE_FIELDS = Map.of("description", "newLineDescription",
            "supplierPartNumber", "newLinePartNumber", "quantity", "newLineQuantity", "unitCode", "newLineUnitCode",
            "unitPrice", "newLineUnitPrice", "vatRate", "newLineVatRate");

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private PurchaseOrderChangeService orderChanges;

    @Inject
    private OutboundDeliveryService deliveries;

    @Inject
    private ShippingService shipping;

    @Inject
    private ReceivingService receiving;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private LanguageSelector language;

    private Long id;
    private OrderDocuments.Header header;
    private List<OrderLineRow> lines = List.of();
    private List<OrderDocuments.Change> changes = List.of();
    private List<OrderDocuments.Delivery> deliveryRows = List.of();
    private List<OrderDocuments.Notice> notices = List.of();
    private List<OrderDocuments.Receipt> receipts = List.of();
    private List<OrderDocuments.Invoice> invoices = List.of();
    private String changeReason;
    private NewOrderLine newLine = new NewOrderLine();
    private String cancellationReason;

    /** Reads the order named by the id parameter. An unknown or missing id shows a message in place of the order. */
    @Override
    public void load() {
        header = null;
        if (id == null) {
            PageMessages.inform("purchaseOrder.missingId");
            return;
        }
        try {
            PurchaseOrder order = purchaseOrders.getWithLines(id);
            String requisitionNumber = order.getRequisitionId() == null ? null : requisitions.get(order.getRequisitionId()).getNumber();
            header = OrderDocuments.Header.of(order, requisitionNumber);
            lines = order.getLines().stream().map(OrderLineRow::new).toList();
            changes = orderChanges.changesOf(id).stream().map(OrderDocuments.Change::of).toList();
            deliveryRows = isDeliveriesVisible() ? deliveryRows(deliveries.deliveriesOf(id)) : List.of();
            notices = shipping.forOrder(id).stream().map(OrderDocuments.Notice::of).toList();
            receipts = receiving.forOrder(id).stream().map(OrderDocuments.Receipt::of).toList();
            invoices = invoicing.forOrder(id).stream().map(OrderDocuments.Invoice::of).toList();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), Map.of());
        }
    }

    private List<OrderDocuments.Delivery> deliveryRows(List<OutboundDelivery> found) {
        Map<Long, Long> attempts = deliveries.attemptsOf(found.stream().map(OutboundDelivery::getId).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::getDeliveryId, Collectors.counting()));
        return found.stream()
                .map(delivery -> OrderDocuments.Delivery.of(delivery, Math.toIntExact(attempts.getOrDefault(delivery.getId(), 0L))))
                .toList();
    }

    /**
     * Sends the lines with a new quantity, unit price or delivery date, and the new line when the buyer
     * typed one, as one change, which is applied at once or waits for approval.
     */
    public void proposeChange() {
        List<LineChange> changed = new ArrayList<>();
        for (OrderLineRow line : lines) {
            if (line.isChanged()) {
                changed.add(new LineChange(line.getLineNumber(), line.getNewQuantity(), line.getNewUnitPrice(), line.getNewDeliveryDate()));
            }
        }
        List<OrderLineDraft> added = newLine.isTyped() ? List.of(newLine.toDraft()) : List.of();
        if (changed.isEmpty() && added.isEmpty()) {
            PageMessages.invalid("orderForm:lines", "purchaseOrder.change.nothing");
            return;
        }
        try {
            PurchaseOrderChange change = orderChanges.request(id, new OrderChangeDraft(changeReason, changed, added));
            changeReason = null;
            newLine = new NewOrderLine();
            PageMessages.inform("purchaseOrder.change." + change.getStatus(), header.number());
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), lineFields(e));
        }
    }

    /**
     * Maps each line number, and the reason, to the field where the error about it shows: the new
     * delivery date for a date error, else the new quantity. When the buyer typed a new line, the
     * field names of its errors, such as "description", map to its inputs.
     */
    private Map<String, String> lineFields(BusinessException error) {
        String lineField = error.messageKey().endsWith("DeliveryDate") ? "newDeliveryDate" : "newQuantity";
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            fields.put(lines.get(i).getLineNumber(), "orderForm:lines:" + i + ":" + lineField);
        }
        fields.put("reason", "orderForm:changeReason");
        if (newLine.isTyped()) {
            NEW_LINE_FIELDS.forEach((field, input) -> fields.put(field, "orderForm:" + input));
        }
        return fields;
    }

    public void cancel() {
        try {
            purchaseOrders.cancel(id, cancellationReason);
            cancellationReason = null;
            PageMessages.inform("purchaseOrder.cancelled", header.number());
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), Map.of("reason", "orderForm:cancellationReason"));
        }
    }

    /** Sends a delivered or failed delivery again; the new attempt shows in the list once it is made. */
    public void resend(long deliveryId) {
        try {
            deliveries.resend(id, deliveryId);
            PageMessages.inform("purchaseOrder.resent", String.valueOf(deliveryId));
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), Map.of());
        }
    }

    /** Tells whether the order may still be cancelled: nothing shipped or received, and not cancelled already. */
    public boolean isCancellable() {
        if (header == null) {
            return false;
        }
        PurchaseOrderStatus status = PurchaseOrderStatus.valueOf(header.status());
        return (status == PurchaseOrderStatus.ISSUED || status == PurchaseOrderStatus.PARTIALLY_CONFIRMED
                || status == PurchaseOrderStatus.CONFIRMED || status == PurchaseOrderStatus.REJECTED)
                && lines.stream().allMatch(line -> line.getShippedQuantity().signum() == 0 && line.getReceivedQuantity().signum() == 0);
    }

    /** Tells whether a buyer may propose a change: the order came from a requisition and nothing was received, cancelled or rejected. */
    public boolean isChangeable() {
        if (header == null || header.requisitionId() == null) {
            return false;
        }
        PurchaseOrderStatus status = PurchaseOrderStatus.valueOf(header.status());
        return status == PurchaseOrderStatus.ISSUED || status == PurchaseOrderStatus.PARTIALLY_CONFIRMED
                || status == PurchaseOrderStatus.CONFIRMED || status == PurchaseOrderStatus.SHIPPED;
    }

    /** Tells whether the signed-in user is a buyer, who alone may change, cancel or re-send. */
    public boolean isBuyer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("buyer");
    }

    /** Tells whether the user's role may read the deliveries to the supplier. Requesters and approvers see the order without them. */
    public boolean isDeliveriesVisible() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("buyer") || external.isUserInRole("administrator") || external.isUserInRole("receiver")
                || external.isUserInRole("accounts-payable");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderDocuments.Header getHeader() {
        return header;
    }

    public List<OrderLineRow> getLines() {
        return lines;
    }

    public List<OrderDocuments.Change> getChanges() {
        return changes;
    }

    public List<OrderDocuments.Delivery> getDeliveries() {
        return deliveryRows;
    }

    public List<OrderDocuments.Notice> getNotices() {
        return notices;
    }

    public List<OrderDocuments.Receipt> getReceipts() {
        return receipts;
    }

    public List<OrderDocuments.Invoice> getInvoices() {
        return invoices;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public NewOrderLine getNewLine() {
        return newLine;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
