package org.openprocure.punchout.oci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openprocure.punchout.Cart;
import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.CartNumbers;
import org.openprocure.punchout.FormField;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads the cart of an SAP OCI 4.0/5.0 form: fields {@code NEW_ITEM-<FIELD>[n]}, grouped by n in
 * ascending order, whether n starts at 0 or 1 and whatever its gaps. The long text comes as
 * {@code NEW_ITEM-LONGTEXT_n:132[]} (the OCI spelling, possibly in several 132-character parts),
 * {@code NEW_ITEM-LONGTEXT_n:132} or {@code NEW_ITEM-LONGTEXT[n]}. PRICE is the price of PRICEUNIT
 * units, and an empty, missing or zero PRICEUNIT means 1.
 */
public final class OciCartReader {

    private static final Pattern LONG_TEXT = Pattern.compile("NEW_ITEM-LONGTEXT_(\\d+):132(\\[\\])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_FIELD = Pattern.compile("NEW_ITEM-([A-Z0-9_]+)\\[(\\d+)\\]", Pattern.CASE_INSENSITIVE);

    private OciCartReader() {
    }

    /** Returns whether the form carries OCI item fields. */
    public static boolean isOciCart(List<FormField> fields) {
        return fields.stream().anyMatch(field -> field.name().regionMatches(true, 0, "NEW_ITEM-", 0, 9));
    }

    public static Cart read(List<FormField> fields) {
        SortedMap<Integer, Map<String, String>> items = new TreeMap<>();
        for (FormField field : fields) {
            Matcher longText = LONG_TEXT.matcher(field.name());
            Matcher itemField = ITEM_FIELD.matcher(field.name());
            if (longText.matches()) {
                append(items, index(longText.group(1)), "LONGTEXT", field.value());
            } else if (itemField.matches()) {
                String name = itemField.group(1).toUpperCase(Locale.ROOT);
                if (name.equals("LONGTEXT")) {
                    append(items, index(itemField.group(2)), name, field.value());
                } else {
                    items.computeIfAbsent(index(itemField.group(2)), i -> new HashMap<>()).put(name, field.value());
                }
            }
        }
        List<CartLine> lines = new ArrayList<>();
        for (Map<String, String> item : items.values()) {
            lines.add(line(item, lines.size() + 1));
        }
        return new Cart(null, lines);
    }

    private static CartLine line(Map<String, String> item, int number) {
        String description = required(item, "DESCRIPTION", number);
        BigDecimal quantity = CartNumbers.required(item.get("QUANTITY"), "NEW_ITEM-QUANTITY", number);
        String unit = required(item, "UNIT", number).toUpperCase(Locale.ROOT);
        BigDecimal price = CartNumbers.required(item.get("PRICE"), "NEW_ITEM-PRICE", number);
        String currency = required(item, "CURRENCY", number).toUpperCase(Locale.ROOT);
        BigDecimal priceUnit = CartNumbers.optional(item.get("PRICEUNIT"), "NEW_ITEM-PRICEUNIT", number);
        if (priceUnit == null || priceUnit.signum() == 0) {
            priceUnit = BigDecimal.ONE;
        }

        String vendorPart = present(item.get("VENDORMAT"));
        String productId = present(item.get("EXT_PRODUCT_ID"));
        String partId = firstPresent(vendorPart, productId, present(item.get("MANUFACTMAT")), present(item.get("MATNR")));
        // The catalog key travels as the auxiliary id when the supplier part number is another value.
        String auxiliaryId = vendorPart != null && productId != null && !productId.equals(vendorPart) ? productId : null;

        String domain = present(item.get("EXT_SCHEMA_TYPE"));
        String code = present(item.get("EXT_CATEGORY_ID"));
        if (code == null) {
            code = present(item.get("MATGROUP"));
            domain = code == null ? null : "MATGROUP";
        }
        String longText = present(item.get("LONGTEXT"));
        return new CartLine(partId, auxiliaryId, description.strip(), longText == null ? null : longText.strip(), quantity, unit, price,
                currency, priceUnit, domain, code);
    }

    private static void append(SortedMap<Integer, Map<String, String>> items, int index, String name, String value) {
        items.computeIfAbsent(index, i -> new HashMap<>()).merge(name, value, String::concat);
    }

    private static int index(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.punchOut.ociIndex", digits);
        }
    }

    private static String required(Map<String, String> item, String field, int number) {
        String value = present(item.get(field));
        if (value == null) {
            throw new InvalidInputException("error.punchOut.missingField", "NEW_ITEM-" + field, String.valueOf(number));
        }
        return value;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
