package org.openprocure.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out document numbers such as PO-000042 from database sequences, so two servers never
 * give the same number. Numbers may have gaps when a transaction rolls back.
 */
@Stateless
@PermitAll
public class DocumentNumbers {

    @PersistenceContext
    private EntityManager entityManager;

    public String next(DocumentNumberSeries series) {
        Number value = (Number) entityManager.createNativeQuery("select nextval('" + series.sequence() + "')")
                .getSingleResult();
        return "%s-%06d".formatted(series.prefix(), value.longValue());
    }
}
