package org.openprocure.shared;

/** Input that cannot be accepted as sent; the message names the value and the fix. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
