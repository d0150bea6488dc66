package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.purchasing.OrderSearch;
import org.openprocure.purchasing.OrderSearch.OrderSort;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs /purchase-orders.xhtml: the buyer's order list, filtered and sorted in the database one page
 * at a time. The filters are fields above the table; the column headers choose the sort.
 */
@Named
@ViewScoped
public class PurchaseOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PurchaseOrderService purchaseOrders;

    private PurchaseOrderStatus status;
    private String supplierName;
    private String number;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private boolean lateOnly;

    private final LazyDataModel<OrderListRow> orders = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(purchaseOrders.count(search(Map.of())));
        }

        @Override
        public List<OrderListRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return purchaseOrders.search(search(sort), first, pageSize).stream().map(OrderListRow::new).toList();
        }

        @Override
        public String getRowKey(OrderListRow row) {
            return Long.toString(row.getId());
        }
    };

    /** Builds the search from the filter fields and the first sorted column, newest first when no column is sorted. */
    private OrderSearch search(Map<String, SortMeta> sort) {
        OrderSort column = OrderSort.ISSUED_AT;
        boolean ascending = false;
        for (SortMeta meta : sort.values()) {
            if (meta.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            column = switch (meta.getField()) {
                case "number" -> OrderSort.NUMBER;
                case "supplierName" -> OrderSort.SUPPLIER;
                case "status" -> OrderSort.STATUS;
                default -> OrderSort.ISSUED_AT;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
            break;
        }
        return new OrderSearch(status, supplierName, number, issuedFrom, issuedTo, lateOnly, column, ascending);
    }

    /** Clears every filter. */
    public void reset() {
        status = null;
        supplierName = null;
        number = null;
        issuedFrom = null;
        issuedTo = null;
        lateOnly = false;
    }

    public PurchaseOrderStatus[] getStatuses() {
        return PurchaseOrderStatus.values();
    }

    public LazyDataModel<OrderListRow> getOrders() {
        return orders;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public void setStatus(PurchaseOrderStatus status) {
        this.status = status;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public void setSupplierName(String supplierName) {
        this.supplierName = supplierName;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }

    public boolean isLateOnly() {
        return lateOnly;
    }

    public void setLateOnly(boolean lateOnly) {
        this.lateOnly = lateOnly;
    }
}
