package org.openprocure.audit;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.shared.DocumentType;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the change
 * it describes was committed.
 */
@Stateless
@PermitAll
public class AuditTrail {

    /** The actor recorded for changes made by the server itself, such as a match run. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<AuditRecorded> recorded;

    /** Stores the entry and fires {@link AuditRecorded}, so that an observer can refresh open pages of the document after the commit. */
    public void record(DocumentType type, long documentId, String action, String actor, String detail) {
        entityManager.persist(new AuditEntry(type, documentId, action, actor, detail));
        recorded.fire(new AuditRecorded(type, documentId, action, actor));
    }

    public void record(DocumentType type, long documentId, String action, String actor) {
        record(type, documentId, action, actor, null);
    }

    /** Returns the document's entries, oldest first. */
    public List<AuditEntry> timeline(DocumentType type, long documentId) {
        return entityManager.createQuery("""
                        select e from AuditEntry e
                        where e.documentType = :type and e.documentId = :documentId
                        order by e.occurredAt, e.id""", AuditEntry.class)
                .setParameter("type", type)
                .setParameter("documentId", documentId)
                .getResultList();
    }
}
