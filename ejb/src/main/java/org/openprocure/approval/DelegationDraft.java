package org.openprocure.approval;

import java.time.LocalDate;

/**
 * A delegation as a user or an administrator writes it: the delegate approves in place of the
 * delegator from the first day to the last day, both included. A missing delegator is the caller.
 */
public record DelegationDraft(String delegator, String delegate, LocalDate firstDay, LocalDate lastDay) {
}
