package org.openprocure.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * Imports supplier catalog files and reports on the imports: each import becomes a new catalog
 * version of the supplier, which replaces the version in force only when the import succeeds, and
 * from its validFrom when that lies ahead.
 */
@Stateless
@RolesAllowed({"buyer", "administrator"})
public class CatalogImports {

    private static final Logger LOG = Logger.getLogger(CatalogImports.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @EJB
    private CatalogImportWriter writer;

    @EJB
    private CatalogImportJob job;

    @Resource
    private SessionContext session;

    /**
     * Stores the uploaded content in a temporary file, starts importing it in the background, and
     * returns the new version in status IMPORTING. The version is committed before the background
     * import starts, so the import always finds it. The import deletes the file when done.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CatalogVersion start(long supplierId, CatalogImportMode mode, String fileName, InputStream content, LocalDate validFrom,
                                LocalDate validTo) {
        if (mode == null) {
            throw new InvalidInputException("error.missing", "mode");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("error.catalogImport.validity", validFrom, validTo);
        }
        String checkedFileName = Inputs.optionalText(fileName, "fileName", 255);
        Path file = store(content);
        CatalogVersion version;
        try {
            version = writer.open(supplierId, mode, checkedFileName, size(file), validFrom, validTo, session.getCallerPrincipal().getName());
        } catch (RuntimeException e) {
            CatalogImportJob.deleteQuietly(file);
            throw e;
        }

        job.run(version.getId(), file);
        LOG.info(() -> "Catalog import " + version.getId() + " started for supplier " + supplierId + " (" + version.getFileSize()
                + " bytes, " + mode + ")");
        return version;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of the uploaded catalog file " + file, e);
        }
    }

    private static Path store(InputStream content) {
        try (InputStream in = content) {
            Path file = Files.createTempFile("openprocure-catalog-", ".upload");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded catalog file", e);
        }
    }

    public CatalogVersion get(long versionId) {
        CatalogVersion version = entityManager.find(CatalogVersion.class, versionId);
        if (version == null) {
            throw new DocumentNotFoundException(DocumentType.CATALOG_VERSION, versionId);
        }
        return version;
    }

    /** Returns the supplier's versions, newest first. */
    public List<CatalogVersion> versions(long supplierId, int page, int size) {
        return entityManager.createQuery("select v from CatalogVersion v where v.supplier.id = :supplierId order by v.number desc",
                        CatalogVersion.class)
                .setParameter("supplierId", supplierId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** Returns one page of the stored errors of an import, by row. */
    public List<CatalogImportError> errors(long versionId, int page, int size) {
        get(versionId);
        return entityManager.createQuery("select e from CatalogImportError e where e.catalogVersionId = :versionId order by e.rowNumber, e.id",
                        CatalogImportError.class)
                .setParameter("versionId", versionId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }
}
