package org.openprocure.discussion;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditEntry;
import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.InvoiceDispute;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shipping.ShippingNotice;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;

/**
 * Finds a document that has a discussion thread, with the supplier it belongs to, and checks that
 * the caller may see it: staff see every document, a supplier user only its own supplier's.
 * Requisitions have no supplier, so only staff see them.
 */
@Stateless
@PermitAll
public class DocumentDirectory {

    /** The document types that have a discussion thread and a timeline page. */
    public static final Set<DocumentType> THREAD_TYPES = Set.of(DocumentType.PURCHASE_REQUISITION, DocumentType.PURCHASE_ORDER,
            DocumentType.SHIPPING_NOTICE, DocumentType.GOODS_RECEIPT, DocumentType.SUPPLIER_INVOICE, DocumentType.INVOICE_DISPUTE);

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierScope scope;

    @Inject
    private AuditTrail auditTrail;

    /** Returns the document's summary when the caller may see it; otherwise throws the not-found error. */
    public DocumentSummary visible(DocumentType type, long id) {
        DocumentSummary summary = find(type, id);
        Supplier owner = summary.supplierId() == null ? null : entityManager.getReference(Supplier.class, summary.supplierId());
        scope.requireVisible(type, id, owner);
        return summary;
    }

    /** Returns the document's audit entries, oldest first, when the caller may see the document. */
    public List<AuditEntry> timeline(DocumentType type, long id) {
        visible(type, id);
        return auditTrail.timeline(type, id);
    }

    /** Returns the document type of this name, such as PURCHASE_ORDER, if it has a thread; the error lists the ones that do. */
    public static DocumentType threadType(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("error.missing", "type");
        }
        DocumentType type;
        try {
            type = DocumentType.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw unsupported(name);
        }
        if (!THREAD_TYPES.contains(type)) {
            throw unsupported(name);
        }
        return type;
    }

    private static InvalidInputException unsupported(String name) {
        return new InvalidInputException("error.thread.type", name,
                "PURCHASE_REQUISITION, PURCHASE_ORDER, SHIPPING_NOTICE, GOODS_RECEIPT, SUPPLIER_INVOICE, INVOICE_DISPUTE");
    }

    private DocumentSummary find(DocumentType type, long id) {
        DocumentSummary summary = switch (type) {
            case PURCHASE_REQUISITION -> {
                PurchaseRequisition requisition = entityManager.find(PurchaseRequisition.class, id);
                yield requisition == null ? null
                        : new DocumentSummary(type, id, requisition.getNumber(), requisition.getStatus().name(), null, null);
            }
            case PURCHASE_ORDER -> {
                PurchaseOrder order = entityManager.find(PurchaseOrder.class, id);
                yield order == null ? null : summary(type, id, order.getNumber(), order.getStatus().name(), order.getSupplier());
            }
            case SHIPPING_NOTICE -> {
                ShippingNotice notice = entityManager.find(ShippingNotice.class, id);
                yield notice == null ? null : summary(type, id, notice.getNumber(), null, notice.getPurchaseOrder().getSupplier());
            }
            case GOODS_RECEIPT -> {
                GoodsReceipt receipt = entityManager.find(GoodsReceipt.class, id);
                yield receipt == null ? null : summary(type, id, receipt.getNumber(), null, receipt.getPurchaseOrder().getSupplier());
            }
            case SUPPLIER_INVOICE -> {
                SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, id);
                yield invoice == null ? null : summary(type, id, invoice.getNumber(), invoice.getStatus().name(), invoice.getSupplier());
            }
            case INVOICE_DISPUTE -> {
                InvoiceDispute dispute = entityManager.find(InvoiceDispute.class, id);
                yield dispute == null ? null : summary(type, id, dispute.getInvoice().getNumber(), dispute.getStatus().name(),
                        dispute.getInvoice().getSupplier());
            }
            default -> throw unsupported(type.name());
        };
        if (summary == null) {
            throw new DocumentNotFoundException(type, id);
        }
        return summary;
    }

    private static DocumentSummary summary(DocumentType type, long id, String number, String status, Supplier supplier) {
        return new DocumentSummary(type, id, number, status, supplier == null ? null : supplier.getId(),
                supplier == null ? null : supplier.getName());
    }
}
