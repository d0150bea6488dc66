package org.openprocure.supplier;

/** The values a buyer gives to register a supplier; {@link Supplier} checks each of them. */
public record SupplierDraft(String code, String name, String vatId, String countryCode, String contactEmail, String contactLanguage) {
}
