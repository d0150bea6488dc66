package org.openprocure.web.supplier;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.receiving.GoodsReceiptSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /supplier/receipts.xhtml: the goods receipts posted against the supplier's orders, newest first. */
@Named
@ViewScoped
public class SupplierReceiptsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Views views;

    @Inject
    private GoodsReceiptSearch search;

    private final LazyDataModel<Views.ReceiptView> receipts = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(search.count());
        }

        @Override
        public List<Views.ReceiptView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return views.receipts(first, pageSize);
        }

        @Override
        public String getRowKey(Views.ReceiptView row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<Views.ReceiptView> getReceipts() {
        return receipts;
    }
}
