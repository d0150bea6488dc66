package org.openprocure.outbound;

/** What one attempt at a delivery returned: the HTTP status when a response came, and an error text when it failed. */
record AttemptOutcome(Integer httpStatus, boolean succeeded, String error) {

    static AttemptOutcome success(Integer httpStatus) {
        return new AttemptOutcome(httpStatus, true, null);
    }

    static AttemptOutcome failure(Integer httpStatus, String error) {
        return new AttemptOutcome(httpStatus, false, error);
    }
}
