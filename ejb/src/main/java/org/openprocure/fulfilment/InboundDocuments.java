package org.openprocure.fulfilment;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.supplier.Supplier;

/**
 * Keeps the documents suppliers send and recognises one sent again. A document whose identity is
 * already stored with the same bytes is a repeat, and the caller returns the first result. With
 * other bytes it is a conflict, so nothing is applied twice and nothing stored changes.
 */
@Stateless
@PermitAll
public class InboundDocuments {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Returns the document stored under this identity when the bytes are the same, empty when the
     * identity is new, and throws {@link DuplicateDocumentException} when the bytes differ. It first
     * locks the supplier's row until the transaction ends, so the documents of one supplier are
     * handled one at a time, and a repeat posted concurrently waits for the first and then finds it.
     */
    public Optional<InboundDocument> findRepeat(Supplier supplier, DocumentSyntax syntax, String identityKey, byte[] content) {
        entityManager.createNativeQuery("select id from supplier where id = ? for update")
                .setParameter(1, supplier.getId())
                .getResultList();
        Optional<InboundDocument> stored = entityManager.createQuery(
                        "select d from InboundDocument d where d.supplier.id = :supplierId and d.syntax = :syntax and d.identityKey = :identityKey",
                        InboundDocument.class)
                .setParameter("supplierId", supplier.getId())
                .setParameter("syntax", syntax)
                .setParameter("identityKey", identityKey)
                .getResultStream()
                .findFirst();
        if (stored.isPresent() && !stored.get().hasContent(content)) {
            throw new DuplicateDocumentException("error.inbound.duplicateIdentity", identityKey, stored.get().getReceivedAt().toString());
        }
        return stored;
    }

    /** Stores the document with the reference of what it changed, in the transaction that changed it. */
    public InboundDocument store(DocumentSyntax syntax, InboundDocumentType type, String identityKey, Supplier supplier, String sender,
                                 String contentType, byte[] content, String resultReference) {
        InboundDocument document = new InboundDocument(syntax, type, identityKey, supplier, sender, contentType, content, resultReference);
        entityManager.persist(document);
        entityManager.flush();
        return document;
    }
}
