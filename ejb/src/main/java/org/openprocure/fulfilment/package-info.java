/**
 * Order confirmations and shipping notices that suppliers' systems send as documents (cXML
 * ConfirmationRequest and ShipNoticeRequest, UBL OrderResponse and DespatchAdvice), each received
 * once under its identity and kept as it arrived.
 */
package org.openprocure.fulfilment;
