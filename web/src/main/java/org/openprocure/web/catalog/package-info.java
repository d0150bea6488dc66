/** The catalog import page: upload a supplier's catalog file, follow the import and read its errors. */
package org.openprocure.web.catalog;
