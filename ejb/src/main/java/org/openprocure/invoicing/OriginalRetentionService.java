package org.openprocure.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.platform.Settings;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;

/**
 * Keeps original invoice files for the legal retention period that {@link Settings#retentionYears()}
 * sets, counted from the day each was stored. Before its end a file cannot be deleted. After it,
 * only the bytes are deleted, and the SHA-256 hash and the metadata stay.
 */
@Stateless
@PermitAll
public class OriginalRetentionService {

    /** Files purged per transaction, so that a first run after years of files never opens one huge transaction. */
    static final int BATCH_SIZE = 200;

    private static final Logger LOG = Logger.getLogger(OriginalRetentionService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** The retention facts of one original file. */
    public record Retention(long invoiceId, String sha256, String contentType, Instant storedAt, int retentionYears, LocalDate retentionEnd,
                            boolean contentDeleted, Instant contentDeletedAt) {
    }

    /** Returns the retention facts of the invoice's original, to those who may see the invoice. */
    public Retention retention(long invoiceId) {
        return retentionOf(find(invoiceId));
    }

    /** Deletes the bytes of one original whose retention period has ended; before that it raises an error naming the end. */
    @RolesAllowed("administrator")
    public Retention deleteContent(long invoiceId) {
        InvoiceDocument document = find(invoiceId);
        LocalDate end = document.retentionEnd(settings.retentionYears());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!today.isAfter(end)) {
            throw new RetentionNotOverException(invoiceId, end);
        }
        if (!document.isContentDeleted()) {
            purge(List.of(invoiceId), Instant.now(), session.getCallerPrincipal().getName());
            entityManager.refresh(document);
        }
        return retentionOf(document);
    }

    /**
     * Deletes the bytes of every original whose retention ended before the given day, one batch per
     * transaction, and returns how many it deleted. The daily timer calls it, and an administrator
     * may run it at once.
     */
    @RolesAllowed("administrator")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeExpired(LocalDate today) {
        return purgeAllExpired(today);
    }

    /** Runs the purge for the daily timer, which calls without a user. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeAllExpired(LocalDate today) {
        OriginalRetentionService self = session.getBusinessObject(OriginalRetentionService.class);
        int total = 0;
        int deleted;
        do {
            deleted = self.purgeExpiredBatch(today);
            total += deleted;
        } while (deleted == BATCH_SIZE);
        return total;
    }

    /**
     * Deletes the bytes of at most {@link #BATCH_SIZE} originals whose retention ended before the
     * given day, in a transaction of its own, and returns how many it deleted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpiredBatch(LocalDate today) {
        Instant cutoff = today.minusYears(settings.retentionYears()).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Long> ids = entityManager.createQuery("""
                        select d.invoiceId from InvoiceDocument d
                        where d.contentDeletedAt is null and d.storedAt < :cutoff order by d.storedAt""", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH_SIZE)
                .getResultList();
        if (!ids.isEmpty()) {
            purge(ids, Instant.now(), AuditTrail.SYSTEM);
        }
        return ids.size();
    }

    private void purge(List<Long> invoiceIds, Instant now, String actor) {
        entityManager.createQuery("""
                        update InvoiceDocument d set d.content = null, d.contentDeletedAt = :now
                        where d.invoiceId in :ids and d.contentDeletedAt is null""")
                .setParameter("now", now)
                .setParameter("ids", invoiceIds)
                .executeUpdate();
        for (Long invoiceId : invoiceIds) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoiceId, "ORIGINAL_CONTENT_DELETED", actor,
                    "retention of " + settings.retentionYears() + " years ended; SHA-256 and metadata kept");
        }
        LOG.info(() -> "Deleted the bytes of " + invoiceIds.size() + " original invoice file(s) past their retention period");
    }

    private InvoiceDocument find(long invoiceId) {
        invoicing.get(invoiceId);
        InvoiceDocument document = entityManager.find(InvoiceDocument.class, invoiceId);
        if (document == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        return document;
    }

    private Retention retentionOf(InvoiceDocument document) {
        int years = settings.retentionYears();
        return new Retention(document.getInvoiceId(), document.getSha256(), document.getContentType(), document.getStoredAt(), years,
                document.retentionEnd(years), document.isContentDeleted(), document.getContentDeletedAt());
    }
}
