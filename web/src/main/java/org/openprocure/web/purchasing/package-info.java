/** The buyer's pages: the purchase order list with its filters and exports, and one order with its follow-up. */
package org.openprocure.web.purchasing;
