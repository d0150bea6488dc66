package org.openprocure.discussion;

import org.openprocure.shared.DocumentType;

/**
 * A committed change that open pages of a document should show: a new message or resolved flag on
 * its thread (THREAD), or a new audit entry such as a status change (STATUS). It carries ids and,
 * for a status change, the username of who made it, or null.
 */
public record DocumentEvent(DocumentType documentType, long documentId, Kind kind, String actor) {

    /** What changed. */
    public enum Kind {
        THREAD,
        STATUS
    }

    /** Returns the key that pages use to recognise their document, such as PURCHASE_ORDER:42. */
    public String documentKey() {
        return key(documentType, documentId);
    }

    public static String key(DocumentType type, long id) {
        return type.name() + ":" + id;
    }
}
