/**
 * Three-way match of supplier invoices against purchase orders and goods receipts, run by a
 * message-driven bean whenever one of its inputs changes.
 */
package org.openprocure.matching;
