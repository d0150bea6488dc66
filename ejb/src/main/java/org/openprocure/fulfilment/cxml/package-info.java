/**
 * The cXML side of the cXML endpoint: reads the envelope, the ConfirmationRequest and the
 * ShipNoticeRequest of cXML 1.2 (Fulfill.dtd) into domain commands, and writes the Response.
 */
package org.openprocure.fulfilment.cxml;
