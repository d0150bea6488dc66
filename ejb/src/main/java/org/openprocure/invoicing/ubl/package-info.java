/**
 * Reading of UBL 2.1 invoices (EN 16931, Peppol BIS Billing 3) into {@link org.openprocure.invoicing.IncomingInvoice},
 * and writing of the invoices that suppliers enter on the portal.
 */
package org.openprocure.invoicing.ubl;
