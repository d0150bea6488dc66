package org.openprocure.shared;

/** An action that the document's current status does not allow. */
public class TransitionNotAllowedException extends BusinessException {

    public TransitionNotAllowedException(DocumentType type, String number, Enum<?> status, String action) {
        super("error.transition", type, number, status.name(), action);
    }
}
