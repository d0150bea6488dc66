package org.openprocure.web.supplier;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.purchasing.OrderFilter;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderSearch;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /supplier/orders.xhtml: the supplier's orders, filtered and paged in the database, new ones marked. */
@Named
@ViewScoped
public class SupplierOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PurchaseOrderSearch search;

    private PurchaseOrderStatus status;
    private String number;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;

    /** One order of the list; {@code newOrder} is true while no line is confirmed or rejected yet. */
    public record OrderRow(long id, String number, String status, LocalDate issuedOn, String currency, boolean newOrder)
            implements Serializable {

        static OrderRow of(PurchaseOrder order) {
            return new OrderRow(order.getId(), order.getNumber(), order.getStatus().name(), Views.day(order.getIssuedAt()),
                    order.getCurrency(), order.getStatus() == PurchaseOrderStatus.ISSUED);
        }
    }

    private final LazyDataModel<OrderRow> orders = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(search.count(filter()));
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return search.find(filter(), first, pageSize).stream().map(OrderRow::of).toList();
        }

        @Override
        public String getRowKey(OrderRow row) {
            return Long.toString(row.id());
        }
    };

    private OrderFilter filter() {
        return new OrderFilter(status, number, issuedFrom, issuedTo);
    }

    /** Clears every filter; the table then reads the first page again. */
    public void clearFilters() {
        status = null;
        number = null;
        issuedFrom = null;
        issuedTo = null;
    }

    public PurchaseOrderStatus[] getStatuses() {
        return PurchaseOrderStatus.values();
    }

    public LazyDataModel<OrderRow> getOrders() {
        return orders;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public void setStatus(PurchaseOrderStatus status) {
        this.status = status;
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
}
