/** Reading of UBL 2.1 invoices (EN 16931, Peppol BIS Billing 3) into {@link org.openprocure.invoicing.IncomingInvoice}. */
package org.openprocure.invoicing.ubl;
