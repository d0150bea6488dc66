/** Reading of UN/CEFACT CII D16B invoices (Factur-X, ZUGFeRD 2, XRechnung CII) into {@link org.openprocure.invoicing.IncomingInvoice}. */
package org.openprocure.invoicing.cii;
