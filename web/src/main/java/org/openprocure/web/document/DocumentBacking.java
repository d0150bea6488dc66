package org.openprocure.web.document;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.discussion.DocumentDirectory;
import org.openprocure.discussion.DocumentSummary;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;

/**
 * Backs /document.xhtml?type=PURCHASE_ORDER&amp;id=42: the header of any document that has a thread,
 * read again on every render so that a live status refresh shows the new status.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentDirectory directory;

    @Inject
    private LanguageSelector language;

    private String type;
    private String id;
    private DocumentSummary document;
    private String problem;

    public void load() {
        try {
            document = directory.visible(DocumentDirectory.threadType(type), DocumentKeys.id(id));
            problem = null;
        } catch (BusinessException e) {
            document = null;
            problem = e.describe(language.getLocale());
        }
    }

    public DocumentSummary getDocument() {
        return document;
    }

    public String getProblem() {
        return problem;
    }

    public String getTypeLabel() {
        return document == null ? "" : DocumentKeys.typeLabel(document.type());
    }

    /** Returns the status in the page's language: the label of orders and invoices, the raw status for other documents, a dash when there is none. */
    public String getStatusLabel() {
        if (document == null || document.status() == null) {
            return "–";
        }
        String prefix = switch (document.type()) {
            case PURCHASE_ORDER -> "status.";
            case SUPPLIER_INVOICE -> "match.";
            default -> "documentStatus." + document.type().name() + ".";
        };
        return PageLabels.labelOr(prefix + document.status(), document.status());
    }

    /** Returns the document type's name for the includes, such as PURCHASE_ORDER, or the parameter as given before a valid one. */
    public String getTypeName() {
        return document == null ? type : document.type().name();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
