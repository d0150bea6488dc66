package org.openprocure.web.supplier;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.supplier.SupplierService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /suppliers.xhtml: the suppliers whose code, name or VAT identifier contains the search text, one page at a time. */
@Named
@ViewScoped
public class SuppliersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierService suppliers;

    private String text;

    private final LazyDataModel<SupplierRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(suppliers.count(text));
        }

        @Override
        public List<SupplierRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return suppliers.search(text, first, pageSize).stream().map(SupplierRow::of).toList();
        }

        @Override
        public String getRowKey(SupplierRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<SupplierRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
