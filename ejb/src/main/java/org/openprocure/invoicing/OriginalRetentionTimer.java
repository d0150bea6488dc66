package org.openprocure.invoicing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the retention purge every day at 02:30 server time on a persistent calendar timer, so a run
 * missed while the server was down happens when it restarts.
 */
@Singleton
public class OriginalRetentionTimer {

    private static final Logger LOG = Logger.getLogger(OriginalRetentionTimer.class.getName());

    @Inject
    private OriginalRetentionService retention;

    @Schedule(hour = "2", minute = "30", persistent = true, info = "original-retention daily")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purgeExpired() {
        int purged = retention.purgeAllExpired(LocalDate.now(ZoneOffset.UTC));
        LOG.info(() -> "Retention purge done: " + purged + " original file(s) past their retention period emptied");
    }
}
