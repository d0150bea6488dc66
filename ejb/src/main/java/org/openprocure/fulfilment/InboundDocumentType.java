package org.openprocure.fulfilment;

/** The kinds of document the cXML endpoint and the UBL calls accept. */
public enum InboundDocumentType {
    CONFIRMATION_REQUEST,
    SHIP_NOTICE_REQUEST,
    ORDER_RESPONSE,
    DESPATCH_ADVICE,
    INVOICE_DETAIL_REQUEST
}
