package org.openprocure.catalog;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.openprocure.catalog.imports.CatalogRowError;

/**
 * Refuses, when the application starts, the catalog imports that a server stop interrupted. The
 * background import of {@link CatalogImportJob} does not survive a restart, so a version still
 * IMPORTING at startup would otherwise stay so forever. Each one becomes REFUSED with the error
 * {@code error.catalogImport.interrupted} on row 0, and its items written so far are deleted. The
 * versions on offer stay as they were.
 *
 * <p>NOTE: this assumes one server per database. A second server starting while the first one
 * imports would refuse that running import too.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogImportRecovery {

    private static final Logger LOG = Logger.getLogger(CatalogImportRecovery.class.getName());

    @EJB
    private CatalogImportWriter writer;

    @PostConstruct
    void atStartup() {
        refuseInterrupted();
    }

    /**
     * Refuses every version left IMPORTING, each in a transaction of its own, and returns how many
     * were refused. A version that fails is logged and left IMPORTING, and the others are still
     * refused.
     */
    public int refuseInterrupted() {
        List<Long> ids = writer.importingVersionIds();
        int refused = 0;
        for (long id : ids) {
            try {
                writer.refuseFile(id, new CatalogRowError(0, null, null, "error.catalogImport.interrupted"));
                refused++;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Catalog version " + id + " was interrupted by a server stop and could not be refused", e);
            }
        }
        if (!ids.isEmpty()) {
            int count = refused;
            LOG.warning(() -> count + " of " + ids.size() + " catalog import(s) interrupted by a server stop were refused: " + ids);
        }
        return refused;
    }
}
