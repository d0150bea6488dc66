/** The requester's pages: one requisition with its lines, the punch-out to its suppliers' shops and its submission, and the list of their own requisitions. */
package org.openprocure.web.requisition;
