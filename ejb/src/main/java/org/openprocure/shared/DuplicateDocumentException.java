package org.openprocure.shared;

/** A document that would repeat one already stored under the same identity, with other content. */
public class DuplicateDocumentException extends BusinessException {

    public DuplicateDocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
