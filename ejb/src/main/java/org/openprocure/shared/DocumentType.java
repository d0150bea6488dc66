package org.openprocure.shared;

/** The kinds of document and master record that have a timeline and can be looked up by id. */
public enum DocumentType {
    SUPPLIER,
    CATALOG_ITEM,
    PURCHASE_REQUISITION,
    PURCHASE_ORDER,
    SHIPPING_NOTICE,
    GOODS_RECEIPT,
    SUPPLIER_INVOICE,
    USER_ACCOUNT,
    BANK_DETAILS_CHANGE,
    INVOICE_DISPUTE,
    COST_CENTRE,
    RETURN_CLAIM,
    CATEGORY_MATCH_TOLERANCE,
    APPROVAL_RULE_SET,
    APPROVAL_DELEGATION,
    CATALOG_VERSION,
    WEBHOOK_SUBSCRIPTION,
    WEBHOOK_DELIVERY,
    GL_ACCOUNT,
    OUTBOUND_DELIVERY
}
