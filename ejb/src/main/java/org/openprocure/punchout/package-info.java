/**
 * Punch-out, buyer side: a requester visits a supplier's own web shop through cXML or SAP OCI and
 * comes back with a cart, which becomes the lines of a requisition. A one-time token in the return
 * URL ties the cart to the requester, because the browser posts it without the session cookie.
 */
package org.openprocure.punchout;
