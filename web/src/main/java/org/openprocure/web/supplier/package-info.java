/**
 * The supplier portal, pages under /supplier/: a supplier user's orders, their confirmation and
 * shipping notices, invoices written from an order or uploaded, goods receipts and disputes. The
 * services restrict every read and change to the user's own company.
 */
package org.openprocure.web.supplier;
