/** Master data sent by the ERP as JSON arrays or CSV files: suppliers, cost centres, general-ledger accounts and approval limits. */
package org.openprocure.masterdata;
