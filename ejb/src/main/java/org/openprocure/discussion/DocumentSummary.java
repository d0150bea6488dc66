package org.openprocure.discussion;

import org.openprocure.shared.DocumentType;

/**
 * The header of a document page: the document's number and status, and the supplier it belongs
 * to. The status is the enum name, null for a shipping notice or goods receipt, which have
 * none. The supplier is null for a requisition, which only staff see.
 */
public record DocumentSummary(DocumentType type, long id, String number, String status, Long supplierId, String supplierName) {
}
