/** Shipping notices (advance shipping notices) that suppliers send against their purchase orders. */
package org.openprocure.shipping;
