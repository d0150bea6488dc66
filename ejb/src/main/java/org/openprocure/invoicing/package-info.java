/** Supplier invoices: received as documents, kept byte for byte, and linked to purchase order lines. */
package org.openprocure.invoicing;
