package org.openprocure.web.requisition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLineRequest;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.shared.BusinessException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;
import org.openprocure.web.LanguageSelector;

/**
 * The requester's cart on /catalog.xhtml: catalog items and free-text lines gathered across
 * searches, then turned into one draft requisition. It lasts for the session, so a requester may
 * leave the page and come back to it.
 */
@Named("cart")
@SessionScoped
public class CartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many suppliers the supplier field suggests at most. */
    private static final int SUGGESTIONS = 10;
    /** A supplier suggestion as the field shows it: the name, then the code in brackets. */
    private static final Pattern SUGGESTION = Pattern.compile(".*\\(([^()]+)\\)\\s*$");
    private static final BigDecimal STANDARD_VAT_RATE = new BigDecimal("20");
    /** The start of the client ids of the free-text form's fields, such as catalogForm:freeQuantity. */
    private static final String FREE_TEXT = "catalogForm:free";

    @Inject
    private RequisitionService requisitions;

    @Inject
    private SupplierService suppliers;

    @Inject
    private LanguageSelector language;

    private final List<CartLine> lines = new ArrayList<>();
    private String title;
    private String costCentre;
    private final FreeTextLine freeText = new FreeTextLine();

    /** Adds a catalog item with the quantity typed in its row, after the service has checked the line. */
    public void addCatalogItem(CatalogRow item, BigDecimal quantity, int rowIndex) {
        CartLine line = new CartLine(item.id(), item.supplierId(), item.supplierName(), item.supplierPartNumber(), item.description(),
                quantity, item.unitCode(), item.unitPrice(), item.priceBasisQuantity(), item.currency(), STANDARD_VAT_RATE, costCentre, null,
                null);
        if (checked(line, "catalogForm:results:" + rowIndex + ":quantity")) {
            lines.add(line);
            inform("cart.added", item.description());
        }
    }

    /** Adds the free-text line of the form, then empties the form for the next one. */
    public void addFreeText() {
        Optional<Supplier> supplier = supplierOf(freeText.getSupplier());
        if (supplier.isEmpty()) {
            fieldError("catalogForm:freeSupplier", label("cart.unknownSupplier"));
            return;
        }
        CartLine line = new CartLine(null, supplier.get().getId(), supplier.get().getName(), freeText.getSupplierPartNumber(),
                freeText.getDescription(), freeText.getQuantity(), freeText.getUnitCode(), freeText.getUnitPrice(), BigDecimal.ONE,
                freeText.getCurrency(), freeText.getVatRate(), costCentre, freeText.getNeedByDate(), freeText.getCategory());
        if (checked(line, FREE_TEXT)) {
            lines.add(line);
            inform("cart.added", line.getDescription());
            freeText.clear();
        }
    }

    public void remove(CartLine line) {
        lines.remove(line);
    }

    /** Creates the draft requisition from the cart, empties the cart and opens the requisition, where it is submitted. */
    public String createRequisition() {
        if (lines.isEmpty()) {
            fieldError("catalogForm:cartLines", label("cart.empty"));
            return null;
        }
        try {
            List<RequisitionLineRequest> requests = lines.stream().map(CartLine::toRequest).toList();
            PurchaseRequisition requisition = requisitions.create(title, requests);
            lines.clear();
            title = null;
            return "requisition?faces-redirect=true&id=" + requisition.getId();
        } catch (BusinessException e) {
            fieldError(clientIdOf(e, null), e);
            return null;
        }
    }

    /** Returns the suppliers whose name or code starts with the text, as "name (code)". */
    public List<String> suggestSuppliers(String text) {
        return suppliers.suggest(text, SUGGESTIONS).stream().map(s -> s.getName() + " (" + s.getCode() + ")").toList();
    }

    /** Returns the cart's total per currency, for the line under the cart. */
    public Map<String, BigDecimal> getTotals() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (CartLine line : lines) {
            if (line.getLineAmount() != null) {
                totals.merge(line.getCurrency(), line.getLineAmount(), BigDecimal::add);
            }
        }
        return totals;
    }

    private Optional<Supplier> supplierOf(String suggestion) {
        if (suggestion == null) {
            return Optional.empty();
        }
        Matcher code = SUGGESTION.matcher(suggestion);
        return code.matches() ? suppliers.findByCode(code.group(1).strip()) : Optional.empty();
    }

    private boolean checked(CartLine line, String prefix) {
        try {
            requisitions.check(line.toRequest());
            return true;
        } catch (BusinessException e) {
            fieldError(clientIdOf(e, prefix), e);
            return false;
        }
    }

    /**
     * Returns the client id of the field an error names, such as catalogForm:freeQuantity for the
     * field quantity of the free-text form, or the fallback when the error names no field of the page.
     * A null client id shows the message at the top of the page.
     */
    private static String clientIdOf(BusinessException error, String fallback) {
        Object[] arguments = error.arguments();
        if (arguments.length == 0 || !(arguments[0] instanceof String field)) {
            return fallback;
        }
        if (field.equals("costCentre")) {
            return "catalogForm:costCentre";
        }
        if (field.equals("title")) {
            return "catalogForm:title";
        }
        boolean freeText = FREE_TEXT.equals(fallback);
        if (freeText && FreeTextLine.FIELDS.contains(field)) {
            return FREE_TEXT + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        }
        return freeText ? FREE_TEXT + "Description" : fallback;
    }

    private void fieldError(String clientId, BusinessException error) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                error.describe(language.getLocale()), error.fix(language.getLocale())));
    }

    private static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void inform(String labelKey, String subject) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(label(labelKey), subject), null));
    }

    private static String label(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "label").getString(key);
    }

    public List<CartLine> getLines() {
        return lines;
    }

    public FreeTextLine getFreeText() {
        return freeText;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    /** The free-text line form: a purchase that no catalog offers, with its supplier, price and unit. */
    public static class FreeTextLine implements Serializable {

        private static final long serialVersionUID = 1L;
        /** The line fields that have their own input, named as the service's errors name them. */
        static final List<String> FIELDS = List.of("supplierPartNumber", "description", "quantity", "unitCode", "unitPrice", "currency",
                "vatRate", "category");

        private String supplier;
        private String supplierPartNumber;
        private String description;
        private BigDecimal quantity;
        private String unitCode = "C62";
        private BigDecimal unitPrice;
        private String currency = "EUR";
        private BigDecimal vatRate = STANDARD_VAT_RATE;
        private String category;
        private LocalDate needByDate;

        void clear() {
            supplierPartNumber = null;
            description = null;
            quantity = null;
            unitPrice = null;
            category = null;
            needByDate = null;
        }

        public String getSupplier() {
            return supplier;
        }

        public void setSupplier(String supplier) {
            this.supplier = supplier;
        }

        public String getSupplierPartNumber() {
            return supplierPartNumber;
        }

        public void setSupplierPartNumber(String supplierPartNumber) {
            this.supplierPartNumber = supplierPartNumber;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public BigDecimal getVatRate() {
            return vatRate;
        }

        public void setVatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public LocalDate getNeedByDate() {
            return needByDate;
        }

        public void setNeedByDate(LocalDate needByDate) {
            this.needByDate = needByDate;
        }
    }
}
