package org.openprocure.shared;

/** Numbering series of the documents the buyer issues, with the prefix each number carries. */
public enum DocumentNumberSeries {
    PURCHASE_REQUISITION("PR", "requisition_number_seq"),
    PURCHASE_ORDER("PO", "purchase_order_number_seq"),
    GOODS_RECEIPT("GR", "goods_receipt_number_seq"),
    RETURN_CLAIM("RT", "return_claim_number_seq");

    private final String prefix;
    private final String sequence;

    DocumentNumberSeries(String prefix, String sequence) {
        this.prefix = prefix;
        this.sequence = sequence;
    }

    public String prefix() {
        return prefix;
    }

    String sequence() {
        return sequence;
    }
}
