package org.openprocure.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.openprocure.shared.Money;

/**
 * A requisition awaiting the user's decision, read in the service's transaction. The total is null
 * when its lines mix currencies. The cost centres are those of its lines, sorted and without repeats.
 */
public record InboxEntry(long requisitionId, String number, String title, String requester, Money total, Instant createdAt,
        List<String> costCentres) implements Serializable {
}
