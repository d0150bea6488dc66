/** Taking the invoice XML out of Factur-X, ZUGFeRD and XRechnung PDF files. */
package org.openprocure.invoicing.facturx;
