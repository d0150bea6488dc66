package org.openprocure.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.openprocure.catalog.imports.CatalogFileException;
import org.openprocure.catalog.imports.CatalogFileReader;
import org.openprocure.catalog.imports.CatalogFormat;
import org.openprocure.catalog.imports.CatalogRecord;
import org.openprocure.catalog.imports.CatalogRow;
import org.openprocure.catalog.imports.CatalogRowError;
import org.openprocure.catalog.imports.CatalogRowValidator;

/**
 * Reads an uploaded catalog file in the background, one row at a time, and hands the checked rows
 * to {@link CatalogImportWriter} in chunks of {@value #CHUNK_ROWS}, each in a transaction of its
 * own, so memory stays bounded by one chunk whatever the file's size.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogImportJob {

    static final int CHUNK_ROWS = 1000;

    private static final Logger LOG = Logger.getLogger(CatalogImportJob.class.getName());

    @EJB
    private CatalogImportWriter writer;

    /** Imports the file into the version, then deletes the file. */
    @Asynchronous
    public void run(long versionId, Path file) {
        try {
            CatalogFormat format = CatalogFormat.detect(file);
            try (CatalogFileReader reader = format.open(file)) {
                writer.identify(versionId, format, reader.charset());
                readRows(versionId, reader);
            }
            writer.finish(versionId);
        } catch (CatalogFileException e) {
            writer.refuseFile(versionId, new CatalogRowError(0, null, null, e.messageKey(), e.arguments()));
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Catalog version " + versionId + " refused: its file cannot be read", e);
            writer.refuseFile(versionId, new CatalogRowError(0, null, null, "error.catalogImport.unreadable"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Catalog version " + versionId + " failed", e);
            writer.refuseFile(versionId, new CatalogRowError(0, null, null, "error.internal"));
        } finally {
            deleteQuietly(file);
        }
    }

    private void readRows(long versionId, CatalogFileReader reader) throws IOException {
        CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), reader.defaultCurrency());
        List<CatalogRow> accepted = new ArrayList<>(CHUNK_ROWS);
        List<CatalogRowError> errors = new ArrayList<>();
        int refused = 0;
        Optional<CatalogRecord> record;
        while ((record = reader.next()).isPresent()) {
            CatalogRowValidator.Result result = validator.check(record.get());
            if (result.accepted()) {
                accepted.add(result.row());
            } else {
                refused++;
                errors.addAll(result.errors());
            }
            if (accepted.size() + refused == CHUNK_ROWS) {
                writer.writeChunk(versionId, accepted, refused, errors, reader.percentDone());
                accepted.clear();
                errors.clear();
                refused = 0;
            }
        }
        writer.writeChunk(versionId, accepted, refused, errors, reader.percentDone());
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the uploaded catalog file " + file, e);
        }
    }
}
