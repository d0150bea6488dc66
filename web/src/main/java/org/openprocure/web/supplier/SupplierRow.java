package org.openprocure.web.supplier;

import java.io.Serializable;

import org.openprocure.supplier.Supplier;

/** One supplier in the buyer's list. */
public record SupplierRow(long id, String code, String name, String vatId, String countryCode, String contactEmail, String contactLanguage)
        implements Serializable {

    static SupplierRow of(Supplier supplier) {
        return new SupplierRow(supplier.getId(), supplier.getCode(), supplier.getName(), supplier.getVatId(), supplier.getCountryCode(),
                supplier.getContactEmail(), supplier.getContactLanguage());
    }
}
