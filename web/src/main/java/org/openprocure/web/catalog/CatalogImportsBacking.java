package org.openprocure.web.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.catalog.CatalogImportMode;
import org.openprocure.catalog.CatalogImports;
import org.openprocure.catalog.CatalogVersion;
import org.openprocure.catalog.CatalogVersionStatus;
import org.openprocure.shared.BusinessException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;
import org.openprocure.web.LanguageSelector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs /catalog-imports.xhtml: starts the import of an uploaded file, then polls the version for
 * its progress and pages its errors in the user's language.
 */
@Named
@ViewScoped
public class CatalogImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The suppliers offered in the list; a company with more chooses among the first ones by name. */
    private static final int MAX_SUPPLIERS = 200;

    @Inject
    private CatalogImports imports;

    @Inject
    private SupplierService suppliers;

    @Inject
    private LanguageSelector language;

    private Long supplierId;
    private CatalogImportMode mode = CatalogImportMode.REFUSE_WHOLE_FILE;
    private LocalDate validFrom;
    private LocalDate validTo;
    private transient UploadedFile file;

    private Long versionId;
    private transient CatalogVersion version;

    /** One stored error, with its message and how to correct it in the user's language. */
    public record ErrorRow(long id, long row, String column, String value, String message, String fix) implements Serializable {
    }

    private final LazyDataModel<ErrorRow> errors = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return versionId == null ? 0 : Math.min(getVersion().getErrorCount(), CatalogVersion.MAX_STORED_ERRORS);
        }

        @Override
        public List<ErrorRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (versionId == null) {
                return List.of();
            }
            int page = first / pageSize;
            return imports.errors(versionId, page, pageSize).stream()
                    .map(error -> new ErrorRow(error.getId(), error.getRowNumber(), error.getColumnName(), error.getCellValue(),
                            error.message(language.getLocale()), error.fix(language.getLocale())))
                    .toList();
        }

        @Override
        public String getRowKey(ErrorRow row) {
            return Long.toString(row.id());
        }
    };

    public List<Supplier> getSuppliers() {
        return suppliers.list(0, MAX_SUPPLIERS);
    }

    public void start() {
        if (file == null || file.getSize() == 0) {
            FacesContext.getCurrentInstance().addMessage("importForm:file",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label("catalogImports.noFile"), null));
            return;
        }
        if (supplierId == null) {
            FacesContext.getCurrentInstance().addMessage("importForm:supplier",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label("catalogImports.noSupplier"), null));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            CatalogVersion started = imports.start(supplierId, mode, file.getFileName(), content, validFrom, validTo);
            versionId = started.getId();
            version = null;
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.describe(language.getLocale()), e.fix(language.getLocale())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded catalog file", e);
        }
    }

    /** Drops the loaded version, so the next read shows fresh progress; the progress poll calls it every second. */
    public void refresh() {
        version = null;
    }

    private static String label(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "label").getString(key);
    }

    /** Returns the import being followed, read once per request, or null before any import. */
    public CatalogVersion getVersion() {
        if (versionId != null && version == null) {
            version = imports.get(versionId);
        }
        return version;
    }

    public boolean isImporting() {
        return getVersion() != null && getVersion().getStatus() == CatalogVersionStatus.IMPORTING;
    }

    public CatalogImportMode[] getModes() {
        return CatalogImportMode.values();
    }

    public LazyDataModel<ErrorRow> getErrors() {
        return errors;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public CatalogImportMode getMode() {
        return mode;
    }

    public void setMode(CatalogImportMode mode) {
        this.mode = mode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
