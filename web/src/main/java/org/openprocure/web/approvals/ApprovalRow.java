package org.openprocure.web.approvals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.openprocure.approval.InboxEntry;
import org.openprocure.shared.Money;

/** A requisition awaiting the user's decision, as one row of the inbox; the total is null when its lines mix currencies. */
public record ApprovalRow(long id, String number, String title, String requester, BigDecimal total, String currency, Instant createdAt,
        String costCentres) implements Serializable {

    static ApprovalRow of(InboxEntry entry) {
        Money total = entry.total();
        return new ApprovalRow(entry.requisitionId(), entry.number(), entry.title(), entry.requester(),
                total == null ? null : total.amount(), total == null ? null : total.currency(), entry.createdAt(),
                String.join(", ", entry.costCentres()));
    }
}
