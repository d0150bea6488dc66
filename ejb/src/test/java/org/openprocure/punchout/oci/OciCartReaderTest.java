package org.openprocure.punchout.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprocure.punchout.Cart;
import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.FormField;
import org.openprocure.shared.InvalidInputException;

/** Reads the OCI carts of real catalogs, taken from the forms of their HTML pages, and the quirks other catalogs have. */
class OciCartReaderTest {

    static final Path OCI = Path.of(System.getProperty("samples.dir", "../../shared/samples"), "oci/meplato-sapoci/test/files");
    static final Pattern INPUT = Pattern.compile("<input name=\"([^\"]*)\" type=\"hidden\" value=\"([^\"]*)\"", Pattern.DOTALL);

    /** The supplier part id and price of the ten items both sample pages carry. */
    static final String[][] SAMPLE_ITEMS = {
            {"491901E", "1730.900"}, {"491903E", "1944.650"}, {"966150E", "68.530"}, {"94408027E", "4.760"}, {"94408036E", "5.730"},
            {"94408054E", "6.080"}, {"94408078E", "10.650"}, {"ECP55321E", "12.680"}, {"ECP55322E", "12.680"}, {"ECP55341E", "11.870"}};

    @Test
    void samplePagesParseToTenItems() throws IOException {
        for (String page : List.of("real_world.html", "meplato_extensions.html")) {
            Cart cart = OciCartReader.read(formInputs(OCI.resolve(page)));

            assertEquals(10, cart.lines().size(), page);
            for (int i = 0; i < SAMPLE_ITEMS.length; i++) {
                CartLine line = cart.lines().get(i);
                String where = page + " item " + (i + 1);
                assertEquals(SAMPLE_ITEMS[i][0], line.supplierPartId(), where);
                assertNull(line.supplierPartAuxiliaryId(), where);
                assertEquals(0, new BigDecimal(SAMPLE_ITEMS[i][1]).compareTo(line.unitPrice()), where);
                assertEquals(0, BigDecimal.ONE.compareTo(line.quantity()), where);
                assertEquals(0, BigDecimal.ONE.compareTo(line.priceBasisQuantity()), where);
                assertEquals("EUR", line.currency(), where);
                assertNotNull(line.longText(), where);
                assertFalse(line.longText().isBlank(), where);
            }
            assertEquals("PCE", cart.lines().get(0).unitCode(), page);
            assertEquals("PA", cart.lines().get(3).unitCode(), page);
            assertEquals("MantisRegistered Elite Stereo-Betrachtungssystem mit Universalständer... E", cart.lines().get(0).description(), page);
            assertTrue(cart.lines().get(0).longText().startsWith("Klare, verzerrungsfreie"), page);
            assertTrue(cart.lines().get(7).longText().contains("• Material: Karton"), page);
        }
    }

    @Test
    void commaDecimalsAndPaddingAreRead() {
        Cart cart = OciCartReader.read(item(1, "PRICE", "00000000016,180", "QUANTITY", " 2,5 ", "PRICEUNIT", "1000"));

        CartLine line = cart.lines().get(0);
        assertEquals(0, new BigDecimal("16.18").compareTo(line.unitPrice()));
        assertEquals(0, new BigDecimal("2.5").compareTo(line.quantity()));
        assertEquals(0, new BigDecimal("1000").compareTo(line.priceBasisQuantity()));
    }

    @Test
    void zeroPaddedPointDecimalIsRead() {
        Cart cart = OciCartReader.read(item(1, "PRICE", "00000000016.180"));

        assertEquals(0, new BigDecimal("16.18").compareTo(cart.lines().get(0).unitPrice()));
    }

    @Test
    void absentPriceUnitMeansOne() {
        for (String priceUnit : new String[] {null, "", "  ", "0", "0.000"}) {
            List<FormField> fields = priceUnit == null ? item(1) : item(1, "PRICEUNIT", priceUnit);

            Cart cart = OciCartReader.read(fields);

            assertEquals(0, BigDecimal.ONE.compareTo(cart.lines().get(0).priceBasisQuantity()), "PRICEUNIT " + priceUnit);
        }
    }

    @Test
    void longTextSpellingsAreRead() {
        String[][] spellings = {
                {"NEW_ITEM-LONGTEXT_1:132[]", "1"}, {"NEW_ITEM-LONGTEXT_1:132", "1"}, {"NEW_ITEM-LONGTEXT[1]", "1"},
                {"new_item-longtext_1:132[]", "1"}, {"NEW_ITEM-LONGTEXT_0:132[]", "0"}};
        for (String[] spelling : spellings) {
            List<FormField> fields = item(Integer.parseInt(spelling[1]));
            fields.add(new FormField(spelling[0], "Texte long détaillé"));

            Cart cart = OciCartReader.read(fields);

            assertEquals(1, cart.lines().size(), spelling[0]);
            assertEquals("Texte long détaillé", cart.lines().get(0).longText(), spelling[0]);
        }
    }

    @Test
    void longTextPartsAreJoined() {
        List<FormField> fields = item(1);
        fields.add(new FormField("NEW_ITEM-LONGTEXT_1:132[]", "Première partie, "));
        fields.add(new FormField("NEW_ITEM-LONGTEXT_1:132[]", "seconde partie"));

        Cart cart = OciCartReader.read(fields);

        assertEquals("Première partie, seconde partie", cart.lines().get(0).longText());
    }

    @Test
    void indexFromZeroAndGapsKeepOrder() {
        List<FormField> fields = new ArrayList<>(item(0, "VENDORMAT", "A"));
        fields.addAll(item(7, "VENDORMAT", "C"));
        fields.addAll(item(3, "VENDORMAT", "B"));

        Cart cart = OciCartReader.read(fields);

        assertEquals(3, cart.lines().size());
        assertEquals("A", cart.lines().get(0).supplierPartId());
        assertEquals("B", cart.lines().get(1).supplierPartId());
        assertEquals("C", cart.lines().get(2).supplierPartId());
    }

    @Test
    void vendorPartAndProductIdAreKept() {
        Cart cart = OciCartReader.read(item(1, "VENDORMAT", "V-1", "EXT_PRODUCT_ID", "cat-key-99", "EXT_SCHEMA_TYPE", "UNSPSC",
                "EXT_CATEGORY_ID", "44121700"));

        CartLine line = cart.lines().get(0);
        assertEquals("V-1", line.supplierPartId());
        assertEquals("cat-key-99", line.supplierPartAuxiliaryId());
        assertEquals("UNSPSC", line.classificationDomain());
        assertEquals("44121700", line.classificationCode());
    }

    @Test
    void missingDescriptionNamesFieldAndLine() {
        List<FormField> fields = item(1);
        fields.removeIf(field -> field.name().startsWith("NEW_ITEM-DESCRIPTION"));

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OciCartReader.read(fields));

        assertEquals("error.punchOut.missingField", error.messageKey());
        assertTrue(error.getMessage().contains("NEW_ITEM-DESCRIPTION"), error.getMessage());
    }

    @Test
    void badPriceNamesValue() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OciCartReader.read(item(1, "PRICE", "12.345,67")));

        assertEquals("error.punchOut.number", error.messageKey());
        assertTrue(error.getMessage().contains("12.345,67"), error.getMessage());
    }

    /** Returns the hidden inputs of the page's form, with their values' HTML character references decoded. */
    static List<FormField> formInputs(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        List<FormField> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            fields.add(new FormField(unescape(input.group(1)), unescape(input.group(2))));
        }
        return fields;
    }

    private static String unescape(String html) {
        Matcher reference = Pattern.compile("&#(\\d+);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(text, Matcher.quoteReplacement(Character.toString(Integer.parseInt(reference.group(1)))));
        }
        reference.appendTail(text);
        return text.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Returns the fields of one valid item at this index, with some fields replaced or added as name, value pairs. */
    static List<FormField> item(int index, String... overrides) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("DESCRIPTION", "Vis inox M4");
        values.put("QUANTITY", "1");
        values.put("UNIT", "PCE");
        values.put("PRICE", "1.00");
        values.put("CURRENCY", "EUR");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        List<FormField> fields = new ArrayList<>();
        values.forEach((name, value) -> fields.add(new FormField("NEW_ITEM-" + name + "[" + index + "]", value)));
        return fields;
    }
}
