package org.openprocure.web.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.InvoiceFromOrderService;
import org.openprocure.invoicing.InvoiceableLine;
import org.openprocure.invoicing.OrderInvoiceDraft;
import org.openprocure.invoicing.ReceivedInvoice;
import org.openprocure.invoicing.SupplierFacingStatus;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.web.LanguageSelector;

/**
 * Backs /supplier/new-invoice.xhtml?id=N, where N is an order of the supplier: the invoice starts
 * with the order's lines, the quantity still to invoice and the agreed price. The supplier may
 * change both, and the page marks each line that differs from the order before the invoice is sent.
 */
@Named
@ViewScoped
public class NewInvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceFromOrderService invoices;

    @Inject
    private Views views;

    @Inject
    private LanguageSelector language;

    private Long id;
    private boolean notFound;
    private String orderNumber;
    private String currency;
    private String number;
    private LocalDate issueDate = LocalDate.now();
    private List<InvoiceLine> lines = List.of();

    /** One order line as invoiced: the order's terms and the quantity and price the supplier enters. */
    public static class InvoiceLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final InvoiceableLine orderLine;
        private BigDecimal quantity;
        private BigDecimal unitPrice;

        InvoiceLine(InvoiceableLine orderLine) {
            this.orderLine = orderLine;
            this.quantity = orderLine.quantityToInvoice();
            this.unitPrice = orderLine.agreedUnitPrice();
        }

        public InvoiceableLine getOrderLine() {
            return orderLine;
        }

        public boolean isQuantityDiffers() {
            return orderLine.quantityDiffers(quantity);
        }

        public boolean isPriceDiffers() {
            return orderLine.priceDiffers(unitPrice);
        }

        public boolean isDiffers() {
            return isQuantityDiffers() || isPriceDiffers();
        }

        /** Returns the line's amount without VAT, or null while the quantity or the price is empty. */
        public BigDecimal getNetAmount() {
            return quantity == null || unitPrice == null ? null : orderLine.netAmount(quantity, unitPrice);
        }

        /** Returns the amount the order foresees for the quantity still to invoice at the agreed price. */
        public BigDecimal getOrderAmount() {
            return orderLine.netAmount(orderLine.quantityToInvoice(), orderLine.agreedUnitPrice());
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }
    }

    public void load() {
        try {
            Views.OrderView order = views.order(id == null ? -1 : id);
            orderNumber = order.number();
            currency = order.currency();
            lines = invoices.invoiceableLines(id).stream().map(InvoiceLine::new).toList();
        } catch (DocumentNotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Sends the invoice and opens it; a document the EN 16931 rules reject opens too, with its report. */
    public String send() {
        List<OrderInvoiceDraft.Line> draftLines = lines.stream()
                .map(line -> new OrderInvoiceDraft.Line(line.getOrderLine().lineNumber(), line.getQuantity(), line.getUnitPrice()))
                .toList();
        try {
            ReceivedInvoice received = invoices.create(id, new OrderInvoiceDraft(number, issueDate, draftLines));
            String status = Feedback.label("supplierStatus." + SupplierFacingStatus.of(received.invoice()).name());
            Feedback.inform(received.invoice().isRejected() ? "newInvoice.rejected" : "newInvoice.sent", received.invoice().getNumber(), status);
            return "/supplier/invoice.xhtml?faces-redirect=true&id=" + received.invoice().getId();
        } catch (BusinessException e) {
            Map<String, String> inputs = new HashMap<>(Map.of("number", "invoiceForm:number", "issueDate", "invoiceForm:issueDate",
                    "error.invoice.duplicateNumber", "invoiceForm:number"));
            for (int row = 0; row < lines.size(); row++) {
                String lineNumber = lines.get(row).getOrderLine().lineNumber();
                inputs.put("line:" + lineNumber + ":quantity", "invoiceForm:lines:" + row + ":quantity");
                inputs.put("line:" + lineNumber + ":unitPrice", "invoiceForm:lines:" + row + ":unitPrice");
                inputs.put("line:" + lineNumber, "invoiceForm:lines:" + row + ":quantity");
            }
            Feedback.fail(e, language.getLocale(), inputs);
            return null;
        }
    }

    /** Tells whether any line differs from the order, so the page tells the supplier to check them before sending. */
    public boolean isAnyDifference() {
        return lines.stream().anyMatch(InvoiceLine::isDiffers);
    }

    /** Returns the total without VAT of the lines with a quantity and a price. */
    public BigDecimal getNetTotal() {
        return lines.stream().map(InvoiceLine::getNetAmount).filter(amount -> amount != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }
}
