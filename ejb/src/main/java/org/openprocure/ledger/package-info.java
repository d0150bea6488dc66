/** General-ledger accounts that the ERP keeps and sends, so that documents can name them by code. */
package org.openprocure.ledger;
