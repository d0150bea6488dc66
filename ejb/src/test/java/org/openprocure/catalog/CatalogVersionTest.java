package org.openprocure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.TransitionNotAllowedException;

class CatalogVersionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static CatalogVersion version(CatalogImportMode mode) {
        return new CatalogVersion(null, 1, mode, "catalogue.csv", 100, null, null, "bruno");
    }

    /** Returns a version imported without errors and completed on {@link #TODAY}. */
    private static CatalogVersion completed(LocalDate validFrom) {
        CatalogVersion version = new CatalogVersion(null, 1, CatalogImportMode.REFUSE_WHOLE_FILE, "catalogue.csv", 100, validFrom, null,
                "bruno");
        version.progress(1, 1, 0, 0, 100);
        version.complete(TODAY);
        return version;
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
        version.complete(LocalDate.now());

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

    @Test
    void pastOrNoValidFromIsActive() {
        assertEquals(CatalogVersionStatus.ACTIVE, completed(null).statusOn(TODAY));
        assertEquals(CatalogVersionStatus.ACTIVE, completed(TODAY).statusOn(TODAY));
        assertEquals(CatalogVersionStatus.ACTIVE, completed(TODAY.minusDays(30)).statusOn(TODAY));
    }

    @Test
    void futureValidFromIsScheduledUntilThatDay() {
        CatalogVersion version = completed(TODAY.plusDays(3));

        assertEquals(CatalogVersionStatus.SCHEDULED, version.statusOn(TODAY));
        assertEquals(CatalogVersionStatus.SCHEDULED, version.statusOn(TODAY.plusDays(2)));
        assertEquals(CatalogVersionStatus.ACTIVE, version.statusOn(TODAY.plusDays(3)));
    }

    @Test
    void activeVersionEndsBeforeLaterStart() {
        CatalogVersion current = completed(null);

        current.endBefore(TODAY.plusDays(3), TODAY);

        assertEquals(TODAY.plusDays(3), current.getSupersededFrom());
        assertEquals(CatalogVersionStatus.ACTIVE, current.statusOn(TODAY.plusDays(2)));
        assertEquals(CatalogVersionStatus.SUPERSEDED, current.statusOn(TODAY.plusDays(3)));
    }

    @Test
    void versionReplacedTodayIsSuperseded() {
        CatalogVersion current = completed(TODAY.minusDays(1));

        current.endBefore(TODAY, TODAY);

        assertEquals(CatalogVersionStatus.SUPERSEDED, current.statusOn(TODAY));
        assertThrows(TransitionNotAllowedException.class, () -> current.endBefore(TODAY.plusDays(1), TODAY));
    }

    @Test
    void scheduledVersionOverlappedByLaterImport() {
        CatalogVersion startsLater = completed(TODAY.plusDays(10));
        CatalogVersion startsEarlier = completed(TODAY.plusDays(10));

        startsLater.endBefore(TODAY.plusDays(5), TODAY);
        startsEarlier.endBefore(TODAY.plusDays(20), TODAY);

        assertEquals(CatalogVersionStatus.SUPERSEDED, startsLater.statusOn(TODAY));
        assertEquals(CatalogVersionStatus.SUPERSEDED, startsLater.statusOn(TODAY.plusDays(12)));
        assertEquals(CatalogVersionStatus.SCHEDULED, startsEarlier.statusOn(TODAY));
        assertEquals(CatalogVersionStatus.ACTIVE, startsEarlier.statusOn(TODAY.plusDays(19)));
        assertEquals(CatalogVersionStatus.SUPERSEDED, startsEarlier.statusOn(TODAY.plusDays(20)));
    }

    @Test
    void endBeforeKeepsEarliestEnd() {
        CatalogVersion current = completed(null);

        current.endBefore(TODAY.plusDays(5), TODAY);
        current.endBefore(TODAY.plusDays(8), TODAY);

        assertEquals(TODAY.plusDays(5), current.getSupersededFrom());
    }
}
