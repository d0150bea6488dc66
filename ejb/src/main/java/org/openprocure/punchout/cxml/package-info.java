/**
 * cXML documents of the punch-out round trip and of the order: the PunchOutSetupRequest we send,
 * the PunchOutSetupResponse and PunchOutOrderMessage we read, and the OrderRequest of an order.
 */
package org.openprocure.punchout.cxml;
