/** Reading of cXML InvoiceDetailRequest documents into {@link org.openprocure.invoicing.IncomingInvoice}. */
package org.openprocure.invoicing.cxml;
