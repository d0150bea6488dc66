package org.openprocure.invoicing;

/**
 * The column the accounts-payable invoice list is sorted on. Each one has an index that starts with
 * it or with the supplier, so a sorted page is read without scanning the table.
 */
public enum InvoiceSort {
    RECEIVED_AT("i.receivedAt"),
    NUMBER("i.number"),
    ISSUE_DATE("i.issueDate"),
    TOTAL("i.totalWithVat"),
    STATUS("i.status"),
    SELLER("i.sellerName");

    private final String path;

    InvoiceSort(String path) {
        this.path = path;
    }

    /** Returns the JPQL path of the sorted attribute of SupplierInvoice {@code i}. */
    String path() {
        return path;
    }
}
