package org.openprocure.web.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shipping.ShippingService;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.document.LiveDocumentPage;

/**
 * Backs /supplier/order.xhtml?id=N: one order of the supplier with its lines. The supplier confirms
 * every line as ordered, confirms line by line (another quantity, delivery date or price, or a
 * rejected line), rejects the whole order with a reason, and sends shipping notices.
 */
@Named
@ViewScoped
public class SupplierOrderBacking implements Serializable, LiveDocumentPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Views views;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private ShippingService shipping;

    @Inject
    private LanguageSelector language;

    private Long id;
    private Views.OrderView order;
    private boolean notFound;

    private String confirmationNote;
    private String rejectionReason;
    private List<LineConfirmationInput> lineConfirmations = List.of();

    private String noticeNumber;
    private LocalDate noticeDeliveryDate;
    private String carrier;
    private String trackingNumber;
    private List<ShippedQuantity> shipped = List.of();

    /** The supplier's confirmation of one pending line, as entered; each value left empty means as ordered. */
    public static class LineConfirmationInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Views.OrderLineView line;
        private boolean rejected;
        private BigDecimal quantity;
        private LocalDate deliveryDate;
        private BigDecimal unitPrice;

        LineConfirmationInput(Views.OrderLineView line) {
            this.line = line;
            this.quantity = line.orderedQuantity();
            this.deliveryDate = line.requestedDeliveryDate();
            this.unitPrice = line.unitPrice();
        }

        LineConfirmation confirmation() {
            if (rejected) {
                return new LineConfirmation(line.lineNumber(), true, null, null, null);
            }
            return new LineConfirmation(line.lineNumber(), false, quantity, deliveryDate, unitPrice);
        }

        public Views.OrderLineView getLine() {
            return line;
        }

        public boolean isRejected() {
            return rejected;
        }

        public void setRejected(boolean rejected) {
            this.rejected = rejected;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public LocalDate getDeliveryDate() {
            return deliveryDate;
        }

        public void setDeliveryDate(LocalDate deliveryDate) {
            this.deliveryDate = deliveryDate;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }
    }

    /** The quantity of one line in the shipping notice being written, at first what remains to ship. */
    public static class ShippedQuantity implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Views.OrderLineView line;
        private BigDecimal quantity;
        private String batch;

        ShippedQuantity(Views.OrderLineView line) {
            this.line = line;
            this.quantity = line.expectedQuantity().subtract(line.shippedQuantity()).max(BigDecimal.ZERO);
        }

        public Views.OrderLineView getLine() {
            return line;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public String getBatch() {
            return batch;
        }

        public void setBatch(String batch) {
            this.batch = batch;
        }
    }

    /** Loads the order named by the id parameter; another supplier's order, like a missing one, gets HTTP 404. */
    @Override
    public void load() {
        if (id == null) {
            showNotFound();
            return;
        }
        try {
            show(views.order(id));
        } catch (DocumentNotFoundException e) {
            showNotFound();
        }
    }

    private void showNotFound() {
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    private void show(Views.OrderView view) {
        order = view;
        lineConfirmations = view.lines().stream().filter(line -> "PENDING".equals(line.confirmationStatus())).map(LineConfirmationInput::new).toList();
        shipped = view.lines().stream().filter(line -> !"REJECTED".equals(line.confirmationStatus())).map(ShippedQuantity::new).toList();
    }

    public String confirmAll() {
        try {
            purchaseOrders.confirmAll(id, confirmationNote);
            Feedback.inform("supplierOrder.confirmed", order.number());
            return reload();
        } catch (BusinessException e) {
            Feedback.fail(e, language.getLocale(), Map.of("note", "confirmAllForm:note"));
            return null;
        }
    }

    public String confirmLines() {
        try {
            List<LineConfirmation> confirmations = lineConfirmations.stream().map(LineConfirmationInput::confirmation).toList();
            purchaseOrders.confirmLines(id, confirmations, confirmationNote);
            Feedback.inform("supplierOrder.confirmedByLine", order.number());
            return reload();
        } catch (BusinessException e) {
            Map<String, String> inputs = new HashMap<>();
            for (int row = 0; row < lineConfirmations.size(); row++) {
                String lineNumber = lineConfirmations.get(row).getLine().lineNumber();
                inputs.put("line:" + lineNumber, "confirmLinesForm:lineConfirmations:" + row + ":quantity");
                inputs.put("line:" + lineNumber + ":unitPrice", "confirmLinesForm:lineConfirmations:" + row + ":unitPrice");
            }
            inputs.put("note", "confirmLinesForm:lineNote");
            Feedback.fail(e, language.getLocale(), inputs);
            return null;
        }
    }

    public String reject() {
        try {
            purchaseOrders.reject(id, rejectionReason);
            Feedback.inform("supplierOrder.rejected", order.number());
            return reload();
        } catch (BusinessException e) {
            Feedback.fail(e, language.getLocale(), Map.of("reason", "rejectForm:reason"));
            return null;
        }
    }

    /** Sends a shipping notice of the lines with a quantity above zero. */
    public String sendShippingNotice() {
        List<ShippingService.ShippedLine> lines = new ArrayList<>();
        for (ShippedQuantity line : shipped) {
            if (line.getQuantity() != null && line.getQuantity().signum() > 0) {
                lines.add(new ShippingService.ShippedLine(line.getLine().lineNumber(), line.getQuantity(), line.getBatch(), null));
            }
        }
        if (lines.isEmpty()) {
            Feedback.fieldError("shippingForm:shipped", "supplierOrder.notice.noQuantity");
            return null;
        }
        try {
            shipping.notify(id, noticeNumber, noticeDeliveryDate, new ShippingService.Carriage(carrier, trackingNumber), lines);
            Feedback.inform("supplierOrder.notice.sent", noticeNumber.strip(), order.number());
            return reload();
        } catch (BusinessException e) {
            Map<String, String> inputs = new HashMap<>(Map.of("number", "shippingForm:noticeNumber", "deliveryDate", "shippingForm:deliveryDate",
                    "carrier", "shippingForm:carrier", "trackingNumber", "shippingForm:trackingNumber",
                    "error.shipping.duplicateNumber", "shippingForm:noticeNumber"));
            for (int row = 0; row < shipped.size(); row++) {
                inputs.put("line:" + shipped.get(row).getLine().lineNumber(), "shippingForm:shipped:" + row + ":shippedQuantity");
            }
            Feedback.fail(e, language.getLocale(), inputs);
            return null;
        }
    }

    private String reload() {
        return "/supplier/order.xhtml?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Views.OrderView getOrder() {
        return order;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<LineConfirmationInput> getLineConfirmations() {
        return lineConfirmations;
    }

    public List<ShippedQuantity> getShipped() {
        return shipped;
    }

    public String getConfirmationNote() {
        return confirmationNote;
    }

    public void setConfirmationNote(String confirmationNote) {
        this.confirmationNote = confirmationNote;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public void setNoticeNumber(String noticeNumber) {
        this.noticeNumber = noticeNumber;
    }

    public LocalDate getNoticeDeliveryDate() {
        return noticeDeliveryDate;
    }

    public void setNoticeDeliveryDate(LocalDate noticeDeliveryDate) {
        this.noticeDeliveryDate = noticeDeliveryDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}
