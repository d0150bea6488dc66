package org.openprocure.costcentre;

/**
 * A cost centre as an administrator or the ERP sends it; {@link CostCentre} checks each value.
 *
 * @param owner  the user name of the person who approves spending on it, such as invoices without an order
 * @param active false for a closed cost centre, which receives nothing new; null means true
 */
public record CostCentreDraft(String code, String name, String owner, Boolean active) {
}
