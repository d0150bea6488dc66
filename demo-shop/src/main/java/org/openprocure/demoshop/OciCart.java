package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the cart as SAP OCI {@code NEW_ITEM-<FIELD>[n]} form fields, either as the OCI 4.0 and
 * 5.0 specification has them or with the quirks of the chosen variants.
 */
final class OciCart {

    private OciCart() {
    }

    /** Returns the form fields in order: every field of the first item, then of the second and so on. */
    static List<Map.Entry<String, String>> fields(List<CartLine> lines, Set<Variant> variants) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        int position = 0;
        for (CartLine line : lines) {
            int index = index(position++, variants);
            Item item = line.item();
            BigDecimal price = item.unitPrice();
            BigDecimal priceUnit = item.priceBasis();
            if (variants.contains(Variant.PRICEUNIT_1000)) {
                price = cents(item.pricePerUnit().multiply(new BigDecimal("1000")));
                priceUnit = new BigDecimal("1000");
            } else if (variants.contains(Variant.PRICEUNIT_EMPTY) || variants.contains(Variant.PRICEUNIT_MISSING)) {
                price = cents(item.pricePerUnit());
                priceUnit = BigDecimal.ONE;
            }

            add(fields, "DESCRIPTION", index, item.description());
            add(fields, "QUANTITY", index, number(line.quantity(), variants));
            add(fields, "UNIT", index, item.unitCode());
            add(fields, "PRICE", index, number(price, variants));
            add(fields, "CURRENCY", index, item.currency());
            if (variants.contains(Variant.PRICEUNIT_EMPTY)) {
                add(fields, "PRICEUNIT", index, "");
            } else if (!variants.contains(Variant.PRICEUNIT_MISSING)) {
                add(fields, "PRICEUNIT", index, number(priceUnit, variants));
            }
            if (item.leadTimeDays() > 0) {
                String leadTime = variants.contains(Variant.PADDED_NUMBERS) ? String.format(Locale.ROOT, "%05d", item.leadTimeDays())
                        : Integer.toString(item.leadTimeDays());
                add(fields, "LEADTIME", index, leadTime);
            }
            add(fields, "VENDORMAT", index, item.partId());
            if (item.auxiliaryId() != null) {
                add(fields, "EXT_PRODUCT_ID", index, item.auxiliaryId());
            }
            if (item.unspsc() != null) {
                add(fields, "MATGROUP", index, item.unspsc());
                add(fields, "EXT_SCHEMA_TYPE", index, "UNSPSC");
                add(fields, "EXT_CATEGORY_ID", index, item.unspsc());
            }
            if (item.longText() != null) {
                fields.add(Map.entry(longTextName(index, variants), item.longText()));
            }
        }
        return fields;
    }

    /** Returns the amount with at least two decimals, and more only when it needs them, such as 0.0125. */
    private static BigDecimal cents(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()));
    }

    private static int index(int position, Set<Variant> variants) {
        int first = variants.contains(Variant.INDEX_FROM_0) ? 0 : 1;
        int step = variants.contains(Variant.INDEX_GAPS) ? 2 : 1;
        return first + position * step;
    }

    private static String longTextName(int index, Set<Variant> variants) {
        if (variants.contains(Variant.LONGTEXT_NO_BRACKETS)) {
            return "NEW_ITEM-LONGTEXT_" + index + ":132";
        }
        if (variants.contains(Variant.LONGTEXT_INDEX)) {
            return "NEW_ITEM-LONGTEXT[" + index + "]";
        }
        return "NEW_ITEM-LONGTEXT_" + index + ":132[]";
    }

    /**
     * Writes a decimal plainly, or zero-padded to 15 characters with 3 decimals (more when the
     * value has more), or with a decimal comma, as the variants ask.
     */
    static String number(BigDecimal value, Set<Variant> variants) {
        BigDecimal stripped = value.stripTrailingZeros();
        String text;
        if (variants.contains(Variant.PADDED_NUMBERS)) {
            text = String.format(Locale.ROOT, "%015." + Math.max(3, stripped.scale()) + "f", value);
        } else if (stripped.scale() <= 0) {
            text = stripped.toPlainString();
        } else {
            text = value.toPlainString();
        }
        return variants.contains(Variant.COMMA_DECIMALS) ? text.replace('.', ',') : text;
    }

    private static void add(List<Map.Entry<String, String>> fields, String field, int index, String value) {
        fields.add(Map.entry("NEW_ITEM-" + field + "[" + index + "]", value));
    }
}
