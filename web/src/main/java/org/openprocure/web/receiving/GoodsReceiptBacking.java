package org.openprocure.web.receiving;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.openprocure.purchasing.LineConfirmationStatus;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.receiving.ReceivingService.ReceivedLine;
import org.openprocure.shared.BusinessException;
import org.openprocure.shipping.ShippingNotice;
import org.openprocure.shipping.ShippingNoticeLine;
import org.openprocure.shipping.ShippingService;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.PageMessages;

/**
 * Backs /goods-receipt.xhtml, built for a tablet in the warehouse. The receiver types an order
 * number or a shipping notice number, counts each line and posts the receipt. A notice's quantities
 * prefill "received now". When the order is found by its own number, the quantity shipped and not
 * yet received does.
 */
@Named
@ViewScoped
public class GoodsReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReceivingService receiving;

    @Inject
    private ShippingService shipping;

    @Inject
    private LanguageSelector language;

    private String reference;
    private Long orderId;
    private String orderNumber;
    private String supplierName;
    private String noticeNumber;
    private List<ReceiptLineRow> lines = List.of();
    private String receiptNumber;
    private String orderStatus;
    private List<ReceiptLineRow> receivedLines = List.of();

    /** Finds the open order the receiver asked for and lists its lines to count. The notice lines are read in this transaction. */
    @Transactional
    public void find() {
        receiptNumber = null;
        Optional<PurchaseOrder> found = receiving.findOrderToReceive(reference);
        if (found.isEmpty()) {
            clearOrder();
            PageMessages.invalid("receiptForm:reference", "goodsReceipt.notFound", reference == null ? "" : reference.strip());
            return;
        }
        PurchaseOrder order = found.get();
        if (!isOpen(order.getStatus())) {
            clearOrder();
            PageMessages.invalid("receiptForm:reference", "goodsReceipt.notOpen", order.getNumber(),
                    PageMessages.format("status." + order.getStatus()));
            return;
        }
        Optional<ShippingNotice> notice = shipping.forOrder(order.getId()).stream()
                .filter(candidate -> candidate.getNumber().equals(reference.strip()))
                .findFirst();
        orderId = order.getId();
        orderNumber = order.getNumber();
        supplierName = order.getSupplier().getName();
        noticeNumber = notice.map(ShippingNotice::getNumber).orElse(null);
        lines = rows(order, notice);
    }

    private static boolean isOpen(PurchaseOrderStatus status) {
        return status != PurchaseOrderStatus.CANCELLED && status != PurchaseOrderStatus.REJECTED && status != PurchaseOrderStatus.RECEIVED;
    }

    private static List<ReceiptLineRow> rows(PurchaseOrder order, Optional<ShippingNotice> notice) {
        Map<String, BigDecimal> noticed = new HashMap<>();
        notice.ifPresent(found -> {
            for (ShippingNoticeLine line : found.getLines()) {
                noticed.merge(line.getOrderLine().getLineNumber(), line.getQuantity(), BigDecimal::add);
            }
        });
        List<ReceiptLineRow> rows = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            if (line.getConfirmationStatus() == LineConfirmationStatus.REJECTED) {
                continue;
            }
            BigDecimal outstanding = line.getShippedQuantity().subtract(line.getReceivedQuantity());
            BigDecimal prefilled = notice.isPresent() ? noticed.get(line.getLineNumber()) : outstanding.signum() > 0 ? outstanding : null;
            rows.add(new ReceiptLineRow(line, prefilled));
        }
        return rows;
    }

    /** Checks each counted line, posts the receipt, and shows its number with the order's received quantities. */
    public void post() {
        List<ReceivedLine> received = counted();
        if (received == null) {
            return;
        }
        try {
            GoodsReceipt receipt = receiving.post(orderId, received);
            receiptNumber = receipt.getNumber();
            PageMessages.inform("goodsReceipt.posted", receiptNumber, orderNumber);
            PurchaseOrder order = receiving.findOrderToReceive(orderNumber).orElseThrow();
            orderStatus = order.getStatus().name();
            receivedLines = order.getLines().stream().map(line -> new ReceiptLineRow(line, null)).toList();
            lines = List.of();
            reference = null;
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), lineFields());
        }
    }

    /** Returns the lines with a quantity received now, or null after showing next to each field what is wrong with it. */
    private List<ReceivedLine> counted() {
        List<ReceivedLine> received = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < lines.size(); i++) {
            ReceiptLineRow line = lines.get(i);
            String row = "receiptForm:lines:" + i + ":";
            if (line.getReceivedNow() == null || line.getReceivedNow().signum() == 0) {
                continue;
            }
            BigDecimal rejected = line.getRejected() == null ? BigDecimal.ZERO : line.getRejected();
            BigDecimal accepted = line.getAccepted() == null ? line.getReceivedNow().subtract(rejected) : line.getAccepted();
            if (accepted.signum() < 0 || accepted.add(rejected).compareTo(line.getReceivedNow()) != 0) {
                PageMessages.invalid(row + "accepted", "goodsReceipt.unbalanced");
                valid = false;
            }
            boolean reasonMissing = line.getRejectionReason() == null || line.getRejectionReason().isBlank();
            if (rejected.signum() > 0 && reasonMissing) {
                PageMessages.invalid(row + "rejectionReason", "goodsReceipt.reasonRequired");
                valid = false;
            }
            received.add(new ReceivedLine(line.getLineNumber(), line.getReceivedNow(), accepted, rejected, null,
                    rejected.signum() > 0 ? line.getRejectionReason() : null));
        }
        if (valid && received.isEmpty()) {
            PageMessages.invalid("receiptForm:linesAnchor", "goodsReceipt.nothingReceived");
            valid = false;
        }
        return valid ? received : null;
    }

    /** Maps each line number to the field where a service error about that line shows. */
    private Map<String, String> lineFields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            fields.put(lines.get(i).getLineNumber(), "receiptForm:lines:" + i + ":receivedNow");
        }
        return fields;
    }

    /** Starts again with an empty search, to receive the next delivery. */
    public void next() {
        clearOrder();
        receiptNumber = null;
        reference = null;
    }

    private void clearOrder() {
        orderId = null;
        orderNumber = null;
        supplierName = null;
        noticeNumber = null;
        lines = List.of();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public List<ReceiptLineRow> getLines() {
        return lines;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public List<ReceiptLineRow> getReceivedLines() {
        return receivedLines;
    }
}
