package org.openprocure.shared;

/** A document or master record that does not exist, or that the caller may not see. */
public class DocumentNotFoundException extends BusinessException {

    public DocumentNotFoundException(DocumentType type, Object identifier) {
        super("error.notFound", type, String.valueOf(identifier));
    }
}
