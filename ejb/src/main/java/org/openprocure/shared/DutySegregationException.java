package org.openprocure.shared;

/** An action that the caller may not take on this document because of segregation of duties. */
public class DutySegregationException extends BusinessException {

    public DutySegregationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
