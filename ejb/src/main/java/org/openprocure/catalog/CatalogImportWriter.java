package org.openprocure.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.catalog.imports.CatalogFormat;
import org.openprocure.catalog.imports.CatalogRow;
import org.openprocure.catalog.imports.CatalogRowError;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.supplier.Supplier;

/**
 * The short transactions of a catalog import, each of its own: open the version, write one chunk of
 * rows, and finish. A failure in one chunk leaves the chunks before it stored, still invisible,
 * because only {@link #finish} makes a version active or scheduled.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CatalogImportWriter {

    private static final Logger LOG = Logger.getLogger(CatalogImportWriter.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    /** Creates the supplier's next version, numbered after the last one, in status IMPORTING. */
    public CatalogVersion open(long supplierId, CatalogImportMode mode, String fileName, long fileSize, LocalDate validFrom,
                               LocalDate validTo, String importedBy) {
        Supplier supplier = lockSupplier(supplierId);
        Integer last = entityManager.createQuery("select max(v.number) from CatalogVersion v where v.supplier.id = :supplierId", Integer.class)
                .setParameter("supplierId", supplierId)
                .getSingleResult();
        CatalogVersion version = new CatalogVersion(supplier, last == null ? 1 : last + 1, mode, fileName, fileSize, validFrom, validTo,
                importedBy);
        entityManager.persist(version);
        return version;
    }

    public void identify(long versionId, CatalogFormat format, String charset) {
        find(versionId).identify(format, charset);
    }

    /**
     * Stores one chunk: its accepted rows as items of the version unless the version will be refused
     * anyway, its errors while fewer than {@link CatalogVersion#MAX_STORED_ERRORS} are stored, and
     * the counts.
     */
    public void writeChunk(long versionId, List<CatalogRow> accepted, int refused, List<CatalogRowError> errors, int percentDone) {
        CatalogVersion version = find(versionId);
        boolean refusedWhole = version.getMode() == CatalogImportMode.REFUSE_WHOLE_FILE && (version.getErrorCount() > 0 || !errors.isEmpty());
        if (!refusedWhole) {
            for (CatalogRow row : accepted) {
                entityManager.persist(CatalogItem.imported(version, row.supplierPartNumber(), row.description(), row.unitPrice(),
                        row.currency(), row.priceBasisQuantity(), row.unitCode(), row.category(), row.leadTimeDays()));
            }
        }
        storeErrors(version, errors);
        version.progress(accepted.size() + refused, accepted.size(), refused, errors.size(), percentDone);
        entityManager.flush();
        entityManager.clear();
    }

    private void storeErrors(CatalogVersion version, List<CatalogRowError> errors) {
        int room = Math.max(0, CatalogVersion.MAX_STORED_ERRORS - version.getErrorCount());
        for (CatalogRowError error : errors.subList(0, Math.min(room, errors.size()))) {
            entityManager.persist(new CatalogImportError(version.getId(), error));
        }
    }

    /**
     * Ends the import. A successful version becomes ACTIVE, or SCHEDULED when its validFrom lies
     * ahead, and every other ACTIVE or SCHEDULED version of the supplier ends the day before it
     * starts, in this one transaction (see {@link CatalogVersion#endBefore}). So when two versions'
     * validity overlaps, the one imported later wins from its start date. A version that must be
     * refused becomes REFUSED and its items are deleted. The supplier row is locked, so two imports
     * of one supplier finish one after the other.
     */
    public CatalogVersion finish(long versionId) {
        CatalogVersion version = find(versionId);
        lockSupplier(version.getSupplier().getId());
        entityManager.refresh(version);

        if (version.mustBeRefused()) {
            if (version.getRowsRead() == 0) {
                storeErrors(version, List.of(new CatalogRowError(0, null, null, "error.catalogImport.noRows")));
                version.progress(0, 0, 0, 1, 100);
            }
            refuse(version);
            return version;
        }
        LocalDate today = LocalDate.now();
        LocalDate start = version.startsOn(today);
        entityManager.createQuery("select v from CatalogVersion v where v.supplier.id = :supplierId and v.status in :current and v.id <> :id",
                        CatalogVersion.class)
                .setParameter("supplierId", version.getSupplier().getId())
                .setParameter("current", List.of(CatalogVersionStatus.ACTIVE, CatalogVersionStatus.SCHEDULED))
                .setParameter("id", versionId)
                .getResultList()
                .forEach(earlier -> earlier.endBefore(start, today));
        version.complete(today);
        LOG.info(() -> "Catalog version " + versionId + " of supplier " + version.getSupplier().getId() + " " + version.getStatus()
                + " from " + start + " with " + version.getRowsAccepted() + " item(s), " + version.getRowsRefused() + " row(s) refused");
        return version;
    }

    /** Returns the ids of the versions whose import has not ended. */
    public List<Long> importingVersionIds() {
        return entityManager.createQuery("select v.id from CatalogVersion v where v.status = :importing order by v.id", Long.class)
                .setParameter("importing", CatalogVersionStatus.IMPORTING)
                .getResultList();
    }

    /** Refuses the version because of an error about the whole file, such as a missing column. */
    public void refuseFile(long versionId, CatalogRowError error) {
        CatalogVersion version = find(versionId);
        if (version.storesMoreErrors()) {
            entityManager.persist(new CatalogImportError(versionId, error));
        }
        version.progress(0, 0, 0, 1, 0);
        refuse(version);
    }

    private void refuse(CatalogVersion version) {
        int deleted = entityManager.createQuery("delete from CatalogItem i where i.catalogVersion.id = :versionId")
                .setParameter("versionId", version.getId())
                .executeUpdate();
        version.refuse();
        LOG.info(() -> "Catalog version " + version.getId() + " of supplier " + version.getSupplier().getId() + " refused with "
                + version.getErrorCount() + " error(s); " + deleted + " item(s) written before were deleted");
    }

    private Supplier lockSupplier(long supplierId) {
        Supplier supplier = entityManager.find(Supplier.class, supplierId, LockModeType.PESSIMISTIC_WRITE);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, supplierId);
        }
        return supplier;
    }

    private CatalogVersion find(long versionId) {
        CatalogVersion version = entityManager.find(CatalogVersion.class, versionId);
        if (version == null) {
            throw new DocumentNotFoundException(DocumentType.CATALOG_VERSION, versionId);
        }
        return version;
    }
}
