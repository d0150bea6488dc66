package org.openprocure.web.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.discussion.DocumentDirectory;
import org.openprocure.discussion.DocumentEvent;
import org.openprocure.discussion.DocumentSummary;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.discussion.DocumentPush;

/**
 * Backs /WEB-INF/includes/live-status.xhtml: after the access check, records that the user has the
 * document open, so that its changes reach the page, and gives the page the key to recognise them.
 */
@Named
@RequestScoped
public class LiveStatusBacking {

    @Inject
    private DocumentDirectory directory;

    @Inject
    private DocumentPush push;

    private String documentKey = "";

    public void watch(String typeName, Object id) {
        try {
            DocumentSummary document = directory.visible(DocumentDirectory.threadType(typeName), DocumentKeys.id(id));
            documentKey = DocumentEvent.key(document.type(), document.id());
            push.watch(documentKey, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        } catch (BusinessException e) {
            documentKey = "";
        }
    }

    /** Reads the document again on the page whose backing is given, when that backing is a {@link LiveDocumentPage}. */
    public void refresh(Object page) {
        if (page instanceof LiveDocumentPage live) {
            live.load();
        }
    }

    /** Returns the key of the document, such as PURCHASE_ORDER:42, or an empty text when the user may not see it. */
    public String getDocumentKey() {
        return documentKey;
    }
}
