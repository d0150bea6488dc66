package org.openprocure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.TransitionNotAllowedException;

class CatalogVersionTest {

    private static CatalogVersion version(CatalogImportMode mode) {
        return new CatalogVersion(null, 1, mode, "catalogue.csv", 100, null, null, "bruno");
    }

    @Test
    void refuseWholeFileWithOneErrorIsRefused() {
        CatalogVersion version = version(CatalogImportMode.REFUSE_WHOLE_FILE);
        version.progress(10, 9, 1, 1, 100);

        assertTrue(version.mustBeRefused());
    }

    @Test
    void acceptValidRowsWithOneErrorIsActivated() {
        CatalogVersion version = version(CatalogImportMode.ACCEPT_VALID_ROWS);
        version.progress(10, 9, 1, 1, 100);

        assertFalse(version.mustBeRefused());
    }

    @Test
    void noAcceptedRowIsRefusedInEitherMode() {
        for (CatalogImportMode mode : CatalogImportMode.values()) {
            CatalogVersion version = version(mode);
            version.progress(3, 0, 3, 3, 100);

            assertTrue(version.mustBeRefused(), mode.name());
        }
    }

    @Test
    void activeVersionCannotBeRefused() {
        CatalogVersion version = version(CatalogImportMode.ACCEPT_VALID_ROWS);
        version.progress(1, 1, 0, 0, 100);
        version.activate();

        assertEquals(CatalogVersionStatus.ACTIVE, version.getStatus());
        assertThrows(TransitionNotAllowedException.class, version::refuse);
    }

    @Test
    void percentNeverGoesBack() {
        CatalogVersion version = version(CatalogImportMode.ACCEPT_VALID_ROWS);
        version.progress(1, 1, 0, 0, 60);
        version.progress(1, 1, 0, 0, 40);

        assertEquals(60, version.getPercentDone());
    }

    @Test
    void errorsAreStoredUpToCap() {
        CatalogVersion version = version(CatalogImportMode.ACCEPT_VALID_ROWS);
        version.progress(CatalogVersion.MAX_STORED_ERRORS, 0, CatalogVersion.MAX_STORED_ERRORS, CatalogVersion.MAX_STORED_ERRORS - 1, 10);
        assertTrue(version.storesMoreErrors());

        version.progress(1, 0, 1, 1, 10);
        assertFalse(version.storesMoreErrors());
    }
}
