package org.openprocure.discussion;

import org.openprocure.shared.DocumentType;

/** CDI event fired in the transaction that posted a message on a document's thread or resolved one of its flags. */
public record ThreadChanged(DocumentType documentType, long documentId) {
}
