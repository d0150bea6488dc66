/**
 * Validation of inbound invoices against the EN 16931 rules, plus the Peppol BIS Billing 3 and
 * French CTC rules where a document claims them, and the reports kept beside each document.
 */
package org.openprocure.invoicing.validation;
