package org.openprocure.web.invoices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Picks the PrimeFaces tag severity that colours a match status: green when good to pay, red on a discrepancy. */
@Named("matchSeverity")
@ApplicationScoped
public class Severities {

    public String of(String status) {
        if (status == null) {
            return "info";
        }
        return switch (status) {
            case "MATCHED", "DISCREPANCY_ACCEPTED", "APPROVED_WITHOUT_ORDER" -> "success";
            case "MATCHED_WITHIN_TOLERANCE", "AWAITING_RECEIPT", "AWAITING_MATCH", "AWAITING_APPROVAL", "HEADER_ONLY_REVIEW" -> "warning";
            case "DISCREPANCY", "REJECTED", "REFUSED" -> "danger";
            default -> "info";
        };
    }
}
