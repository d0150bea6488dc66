package org.openprocure.demoshop;

/** A cXML document the shop cannot use, with the cXML status code of the response. */
final class CxmlException extends Exception {

    private final int statusCode;

    CxmlException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    CxmlException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    int statusCode() {
        return statusCode;
    }
}
