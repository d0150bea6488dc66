/** Reading and checking supplier catalog files (CSV, Excel .xlsx, cXML CIF 3.0) row by row. */
package org.openprocure.catalog.imports;
