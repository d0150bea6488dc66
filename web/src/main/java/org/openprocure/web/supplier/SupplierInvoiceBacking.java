package org.openprocure.web.supplier;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.web.document.LiveDocumentPage;

/** Backs /supplier/invoice.xhtml?id=N: one invoice of the supplier with its lines, validation, payment and disputes. */
@Named
@ViewScoped
public class SupplierInvoiceBacking implements Serializable, LiveDocumentPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Views views;

    private Long id;
    private Views.InvoiceView invoice;
    private boolean notFound;

    /** Loads the invoice named by the id parameter; another supplier's invoice, like a missing one, gets HTTP 404. */
    @Override
    public void load() {
        try {
            invoice = views.invoice(id == null ? -1 : id);
        } catch (DocumentNotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Views.InvoiceView getInvoice() {
        return invoice;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
