/** Accounts payable's screens: the invoice list, one invoice with its three-way match and actions, and the disputes. */
package org.openprocure.web.invoices;
