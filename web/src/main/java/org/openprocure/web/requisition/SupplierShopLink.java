package org.openprocure.web.requisition;

import java.io.Serializable;

/**
 * A supplier whose shop the requester can punch out to from the page.
 *
 * @param cartInRequisition whether lines of an earlier punch-out to this shop are on the requisition, so the link edits that cart
 */
public record SupplierShopLink(long supplierId, String supplierName, boolean cartInRequisition) implements Serializable {
}
