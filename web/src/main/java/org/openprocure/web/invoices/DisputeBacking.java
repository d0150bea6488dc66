package org.openprocure.web.invoices;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.DisputeOutcome;
import org.openprocure.invoicing.DisputeService;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.document.LiveDocumentPage;

/** Backs /dispute.xhtml?id=N: one dispute, and its resolution with an outcome and a note while it is open. */
@Named
@ViewScoped
public class DisputeBacking implements Serializable, LiveDocumentPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoicePageReader reader;

    @Inject
    private DisputeService disputes;

    @Inject
    private LanguageSelector language;

    private Long id;
    private InvoicePage.DisputeRow dispute;
    private DisputeOutcome outcome;
    private String note;

    @Override
    public void load() {
        if (id == null) {
            return;
        }
        try {
            dispute = reader.readDispute(id);
        } catch (BusinessException e) {
            dispute = null;
            FieldErrors.show(e, Map.of(), language.getLocale());
        }
    }

    public void resolve() {
        try {
            disputes.resolve(dispute.invoiceId(), id, outcome, note);
        } catch (BusinessException e) {
            FieldErrors.show(e, Map.of("outcome", "resolveForm:outcome", "note", "resolveForm:note"), language.getLocale());
            return;
        }
        load();
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString("dispute.resolved");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                new MessageFormat(pattern, language.getLocale()).format(new Object[] {dispute.invoiceNumber()}), null));
        outcome = null;
        note = null;
    }

    public DisputeOutcome[] getOutcomes() {
        return DisputeOutcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InvoicePage.DisputeRow getDispute() {
        return dispute;
    }

    public DisputeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DisputeOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
