/** Goods receipts: what the warehouse received, accepted and rejected per order line. */
package org.openprocure.receiving;
