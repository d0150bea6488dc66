/**
 * Suppliers in the portal. The supplier portal, pages under /supplier/, shows a supplier user's
 * orders, their confirmation and shipping notices, invoices written from an order or uploaded, goods
 * receipts and disputes. The services restrict every read and change to the user's own company. The
 * buyer's supplier records are the searchable list and one supplier's form, order channel and bank
 * details changes.
 */
package org.openprocure.web.supplier;
