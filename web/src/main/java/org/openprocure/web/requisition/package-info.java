/** The requisition page: its lines, the punch-out to its suppliers' shops, and its submission. */
package org.openprocure.web.requisition;
