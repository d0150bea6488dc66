package org.openprocure.approval;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openprocure.shared.Money;

/**
 * The facts of a submitted requisition that the rules test. The total excludes VAT and is in the company
 * currency, or is null when a line is in another currency. The owners map cost centre codes to
 * their owners' user names; a code missing from it has no known owner.
 */
public record RequisitionFacts(String requester, Money total, Set<String> costCentres, Set<String> categories,
                               Set<Long> supplierIds, Map<String, String> costCentreOwners) {

    public RequisitionFacts {
        Objects.requireNonNull(requester, "requester");
        costCentres = Set.copyOf(costCentres);
        categories = Set.copyOf(categories);
        supplierIds = Set.copyOf(supplierIds);
        costCentreOwners = Map.copyOf(costCentreOwners);
    }
}
