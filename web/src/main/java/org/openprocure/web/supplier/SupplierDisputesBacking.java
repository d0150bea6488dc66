package org.openprocure.web.supplier;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.DisputeSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs /supplier/disputes.xhtml: the disputes accounts payable opened over the supplier's
 * invoices, open ones first. Only accounts payable resolves a dispute, so the supplier reads them here.
 */
@Named
@ViewScoped
public class SupplierDisputesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Views views;

    @Inject
    private DisputeSearch search;

    private final LazyDataModel<Views.DisputeView> disputes = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(search.count());
        }

        @Override
        public List<Views.DisputeView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return views.disputes(first, pageSize);
        }

        @Override
        public String getRowKey(Views.DisputeView row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<Views.DisputeView> getDisputes() {
        return disputes;
    }
}
