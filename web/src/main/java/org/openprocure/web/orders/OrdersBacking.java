package org.openprocure.web.orders;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.InvoicingService;
import org.openprocure.purchasing.PurchaseOrderService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /orders.xhtml with two lists that each read one page at a time from the database. */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private InvoicingService invoicing;

    /**
     * Sends a supplier's user to their company's orders, because the staff lists of this page (the
     * portal's home) are not theirs. Staff stay here.
     */
    public String landing() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("supplier") ? "/supplier/orders?faces-redirect=true" : null;
    }

    private final LazyDataModel<OrderRow> orders = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(purchaseOrders.count());
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return purchaseOrders.list(first, pageSize).stream().map(OrderRow::of).toList();
        }

        @Override
        public String getRowKey(OrderRow row) {
            return Long.toString(row.id());
        }
    };

    private final LazyDataModel<InvoiceRow> invoices = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(invoicing.count());
        }

        @Override
        public List<InvoiceRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return invoicing.list(first, pageSize).stream().map(InvoiceRow::of).toList();
        }

        @Override
        public String getRowKey(InvoiceRow row) {
            return Long.toString(row.id());
        }
    };

    /** Returns the PrimeFaces tag severity that colours an invoice status: green when good to pay, red on a discrepancy. */
    public String severity(String invoiceStatus) {
        return switch (invoiceStatus) {
            case "MATCHED", "DISCREPANCY_ACCEPTED" -> "success";
            case "MATCHED_WITHIN_TOLERANCE", "AWAITING_RECEIPT", "AWAITING_MATCH" -> "warning";
            case "DISCREPANCY" -> "danger";
            default -> "info";
        };
    }

    public LazyDataModel<OrderRow> getOrders() {
        return orders;
    }

    public LazyDataModel<InvoiceRow> getInvoices() {
        return invoices;
    }
}
