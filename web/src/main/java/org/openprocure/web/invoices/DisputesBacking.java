package org.openprocure.web.invoices;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.DisputeService;
import org.openprocure.invoicing.DisputeStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /disputes.xhtml: the disputes with suppliers, newest first, read one page at a time and filtered by status in the database. */
@Named
@ViewScoped
public class DisputesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService disputes;

    private DisputeStatus status = DisputeStatus.OPEN;

    private final LazyDataModel<InvoicePage.DisputeRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(disputes.count(status));
        }

        @Override
        public List<InvoicePage.DisputeRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return disputes.search(status, first, pageSize).stream().map(InvoicePageReader::disputeRow).toList();
        }

        @Override
        public String getRowKey(InvoicePage.DisputeRow row) {
            return Long.toString(row.id());
        }
    };

    public DisputeStatus[] getStatuses() {
        return DisputeStatus.values();
    }

    public LazyDataModel<InvoicePage.DisputeRow> getRows() {
        return rows;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public void setStatus(DisputeStatus status) {
        this.status = status;
    }
}
