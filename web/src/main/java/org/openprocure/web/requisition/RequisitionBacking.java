package org.openprocure.web.requisition;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.punchout.PunchOutService;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLine;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.requisition.RequisitionStatus;
import org.openprocure.shared.BusinessException;
import org.openprocure.supplier.Supplier;
import org.openprocure.web.LanguageSelector;

/**
 * Backs /requisition.xhtml?id={id}: the requisition's lines, a punch-out link per supplier that has a
 * shop, the cost centre of lines a punch-out left without one, and submission.
 */
@Named
@ViewScoped
public class RequisitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private PunchOutService punchOut;

    @Inject
    private LanguageSelector language;

    private Long id;
    private String number;
    private String title;
    private String status;
    private List<RequisitionLineRow> lines = List.of();
    private List<SupplierShopLink> shops = List.of();
    private boolean costCentreMissing;
    private String costCentre;

    /** Loads the requisition named by the id parameter; an unknown one shows the error and no lines. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(requisitions.getWithLines(id));
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public void submit() {
        try {
            PurchaseRequisition requisition = requisitions.submit(id);
            show(requisitions.getWithLines(id));
            inform("requisition.submitted." + requisition.getStatus(), requisition.getNumber());
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public void assignCostCentre() {
        try {
            requisitions.assignCostCentre(id, costCentre);
            show(requisitions.getWithLines(id));
            inform("requisition.costCentreAssigned", costCentre.strip());
        } catch (BusinessException e) {
            fail(e);
        }
    }

    private void show(PurchaseRequisition requisition) {
        number = requisition.getNumber();
        title = requisition.getTitle();
        status = requisition.getStatus().name();
        lines = requisition.getLines().stream().map(RequisitionLineRow::of).toList();
        costCentreMissing = requisition.getLines().stream().anyMatch(line -> PurchaseRequisition.COST_CENTRE_TO_ASSIGN.equals(line.getCostCentre()));

        Map<Long, Boolean> cartIn = new LinkedHashMap<>();
        for (RequisitionLine line : requisition.getLines()) {
            cartIn.merge(line.getSupplier().getId(), line.isPunchedOut(), Boolean::logicalOr);
        }
        List<SupplierShopLink> links = new ArrayList<>();
        if (requisition.getStatus() == RequisitionStatus.DRAFT) {
            for (Supplier supplier : punchOut.suppliersWithPunchOut()) {
                links.add(new SupplierShopLink(supplier.getId(), supplier.getName(), cartIn.getOrDefault(supplier.getId(), false)));
            }
        }
        shops = links;
    }

    private void inform(String labelKey, String argument) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString(labelKey);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(pattern, argument), null));
    }

    /** Shows what the service rejected, in the page's language, with what to do about it. */
    private void fail(BusinessException error) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(language.getLocale()), error.fix(language.getLocale()));
        FacesContext.getCurrentInstance().addMessage(null, message);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public boolean isDraft() {
        return RequisitionStatus.DRAFT.name().equals(status);
    }

    public List<RequisitionLineRow> getLines() {
        return lines;
    }

    public List<SupplierShopLink> getShops() {
        return shops;
    }

    public boolean isCostCentreMissing() {
        return costCentreMissing;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }
}
