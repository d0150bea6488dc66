package org.openprocure.discussion;

/**
 * The purpose of a message. A missing-attachment request and a disagreement stay open, and the
 * document shows them, until someone on either side marks them resolved.
 */
public enum MessageKind {
    NOTE,
    MISSING_ATTACHMENT_REQUEST,
    DISAGREEMENT;

    public boolean isFlag() {
        return this != NOTE;
    }
}
