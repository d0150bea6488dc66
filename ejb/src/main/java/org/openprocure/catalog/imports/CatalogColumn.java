package org.openprocure.catalog.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a catalog file. A CSV or .xlsx header may name each in English or in French, in
 * any case and with or without accents. A CIF 3.0 file uses the CIF field names.
 */
public enum CatalogColumn {

    SUPPLIER_PART_NUMBER(true, "supplier part number", "référence fournisseur", "Supplier Part ID"),
    DESCRIPTION(true, "description", "désignation", "Item Description"),
    UNIT_PRICE(true, "unit price", "prix unitaire", "Unit Price"),
    CURRENCY(true, "currency", "devise", "Currency"),
    PRICE_BASIS_QUANTITY(false, "price basis quantity", "quantité de base", "PriceUnitQuantity"),
    UNIT(true, "unit", "unité", "Unit of Measure"),
    CATEGORY(false, "category", "catégorie", "SPSC Code", "UNSPSC Code"),
    LEAD_TIME(false, "lead time", "délai", "Lead Time");

    private final boolean required;
    private final String englishName;
    private final String frenchName;
    private final List<String> otherNames;

    CatalogColumn(boolean required, String englishName, String frenchName, String... otherNames) {
        this.required = required;
        this.englishName = englishName;
        this.frenchName = frenchName;
        this.otherNames = List.of(otherNames);
    }

    /** Returns whether a row must have a value in this column; a CIF file may give the currency in its header instead. */
    public boolean required() {
        return required;
    }

    public String englishName() {
        return englishName;
    }

    public String frenchName() {
        return frenchName;
    }

    /** Finds the column that a header cell names, or nothing for a column this product does not read. */
    public static Optional<CatalogColumn> named(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = fold(header);
        for (CatalogColumn column : values()) {
            if (key.equals(fold(column.englishName)) || key.equals(fold(column.frenchName))
                    || column.otherNames.stream().anyMatch(name -> key.equals(fold(name)))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower-cases, removes accents and turns runs of spaces, underscores and dashes into one space. */
    static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\\u00a0\\u202f\\ufeff]+", " ").strip();
    }
}
