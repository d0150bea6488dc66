package org.openprocure.supplier;

/** What a buyer gives to register a supplier; {@link Supplier} checks each value. */
public record SupplierDraft(String code, String name, String vatId, String countryCode, String contactEmail, String contactLanguage) {
}
