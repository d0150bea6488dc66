package org.openprocure.web.approvals;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.approval.StepHistory;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /approvals.xhtml: the requisitions awaiting the user's decision, each approved or rejected from its row. */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private LanguageSelector language;

    /** The comment typed in each row, by requisition id: optional with an approval, the reason of a rejection. */
    private final Map<Long, String> comments = new HashMap<>();

    private final LazyDataModel<ApprovalRow> inbox = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(approvalCircuits.countAwaitingMyApproval());
        }

        @Override
        public List<ApprovalRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return approvalCircuits.inbox(first, pageSize).stream().map(ApprovalRow::of).toList();
        }

        @Override
        public String getRowKey(ApprovalRow row) {
            return Long.toString(row.id());
        }
    };

    public void approve(long requisitionId) {
        try {
            boolean orderChange = requisitions.get(requisitionId).isChangeSubmitted();
            PurchaseRequisition requisition = requisitions.approve(requisitionId, comments.get(requisitionId));
            comments.remove(requisitionId);
            boolean changeApplied = orderChange && !requisition.isChangeSubmitted();
            inform(changeApplied ? "approvals.changeApproved" : "approvals.approved." + requisition.getStatus(), requisition.getNumber());
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public void reject(long requisitionId) {
        try {
            boolean orderChange = requisitions.get(requisitionId).isChangeSubmitted();
            PurchaseRequisition requisition = requisitions.reject(requisitionId, comments.get(requisitionId));
            comments.remove(requisitionId);
            inform(orderChange ? "approvals.changeRejected" : "approvals.rejected", requisition.getNumber());
        } catch (BusinessException e) {
            fail(e);
        }
    }

    private void inform(String labelKey, String number) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString(labelKey);
        String text = MessageFormat.format(pattern, number);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Shows what the service rejected, in the page's language, with what to do about it. */
    private void fail(BusinessException error) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(language.getLocale()), error.fix(language.getLocale()));
        FacesContext.getCurrentInstance().addMessage(null, message);
    }

    /** Returns the approval steps of a requisition so far, read when the approver opens its history. */
    public List<StepHistory> history(long requisitionId) {
        return approvalCircuits.history(requisitionId);
    }

    public LazyDataModel<ApprovalRow> getInbox() {
        return inbox;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
