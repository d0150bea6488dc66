/**
 * The browser's side of punch-out: the start that sends the requester to the supplier's shop, the
 * return URL the shop posts the cart to, and the requisition and settings pages.
 */
package org.openprocure.web.punchout;
