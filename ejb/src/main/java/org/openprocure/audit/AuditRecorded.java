package org.openprocure.audit;

import org.openprocure.shared.DocumentType;

/** CDI event fired in the transaction that recorded an audit entry: the document and the action, such as ISSUED. */
public record AuditRecorded(DocumentType documentType, long documentId, String action) {
}
