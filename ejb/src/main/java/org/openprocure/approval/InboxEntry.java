package org.openprocure.approval;

import java.io.Serializable;
import java.time.Instant;

import org.openprocure.shared.Money;

/** A requisition awaiting the user's decision, read in the service's transaction; the total is null when its lines mix currencies. */
public record InboxEntry(long requisitionId, String number, String title, String requester, Money total, Instant createdAt)
        implements Serializable {
}
