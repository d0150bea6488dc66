/** The page /orders.xhtml: purchase orders and supplier invoices with their match status. */
package org.openprocure.web.orders;
