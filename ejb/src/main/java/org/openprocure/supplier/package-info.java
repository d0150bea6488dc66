/** Supplier companies: the master data that orders, catalogs and invoices refer to. */
package org.openprocure.supplier;
