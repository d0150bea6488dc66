package org.openprocure.web.invoices;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.InvoiceFilter;
import org.openprocure.invoicing.InvoiceSearchService;
import org.openprocure.invoicing.InvoiceSort;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Backs /invoices.xhtml: accounts payable's invoices, filtered and sorted in the database, with a count per match status. */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns (their field attribute) and the service's sort for each. */
    private static final Map<String, InvoiceSort> SORTS = Map.of(
            "receivedAt", InvoiceSort.RECEIVED_AT,
            "number", InvoiceSort.NUMBER,
            "issueDate", InvoiceSort.ISSUE_DATE,
            "totalWithVat", InvoiceSort.TOTAL,
            "status", InvoiceSort.STATUS,
            "sellerName", InvoiceSort.SELLER);

    @Inject
    private InvoiceSearchService search;

    @Inject
    private LanguageSelector language;

    private InvoiceStatus status;
    private String supplier;
    private String number;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;

    /** The filter the table shows, which changes only when the typed filters are applied without error. */
    private InvoiceFilter applied = InvoiceFilter.NONE;

    private List<StatusCount> statusCounts;

    private final LazyDataModel<InvoiceListRow> invoices = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(search.count(applied));
        }

        @Override
        public List<InvoiceListRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta order = sort.values().stream().findFirst().orElse(null);
            InvoiceSort column = order == null ? InvoiceSort.RECEIVED_AT : SORTS.getOrDefault(order.getField(), InvoiceSort.RECEIVED_AT);
            boolean ascending = order != null && order.getOrder() == SortOrder.ASCENDING;
            return search.search(applied, column, ascending, first, pageSize).stream().map(InvoiceListRow::of).toList();
        }

        @Override
        public String getRowKey(InvoiceListRow row) {
            return Long.toString(row.id());
        }
    };

    /** Applies the typed filters to the list and the counts, or shows why they cannot be applied next to the input. */
    public void applyFilters() {
        InvoiceFilter typed = new InvoiceFilter(status, supplier, number, receivedFrom, receivedTo);
        try {
            search.count(typed);
        } catch (BusinessException e) {
            FieldErrors.show(e, Map.of("receivedTo", "filtersForm:receivedTo", "supplier", "filtersForm:supplier", "number", "filtersForm:number"),
                    language.getLocale());
            return;
        }
        applied = typed;
        statusCounts = null;
    }

    /** Shows only the invoices of one match status, keeping the other filters. */
    public void showStatus(String matchStatus) {
        status = InvoiceStatus.valueOf(matchStatus);
        applyFilters();
    }

    public void clearFilters() {
        status = null;
        supplier = null;
        number = null;
        receivedFrom = null;
        receivedTo = null;
        applyFilters();
    }

    /** Returns the count of each match status that has invoices under the other filters, in the order of the statuses. */
    public List<StatusCount> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = search.countByStatus(applied).entrySet().stream()
                    .map(entry -> new StatusCount(entry.getKey().name(), entry.getValue()))
                    .toList();
        }
        return statusCounts;
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public LazyDataModel<InvoiceListRow> getInvoices() {
        return invoices;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }
}
