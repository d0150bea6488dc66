package org.openprocure.audit;

import org.openprocure.shared.DocumentType;

/** CDI event fired in the transaction that recorded an audit entry: the document, the action, such as ISSUED, and who acted. */
public record AuditRecorded(DocumentType documentType, long documentId, String action, String actor) {
}
