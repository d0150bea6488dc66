package org.openprocure.punchout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

/** Finds the cart in a posted form, whatever the spelling of its field, and rejects what is not a cart. */
class ReturnedCartTest {

    private static final String CART = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
            <cXML payloadID="1@t" timestamp="2026-12-05T00:00:00+00:00"><Message><PunchOutOrderMessage>
            <BuyerCookie>cookie-42</BuyerCookie>
            <PunchOutOrderMessageHeader operationAllowed="create"><Total><Money currency="EUR">5</Money></Total></PunchOutOrderMessageHeader>
            <ItemIn quantity="2"><ItemID><SupplierPartID>P-1</SupplierPartID></ItemID><ItemDetail>
            <UnitPrice><Money currency="EUR">2.50</Money></UnitPrice><Description xml:lang="fr">Café moulu</Description>
            <UnitOfMeasure>EA</UnitOfMeasure><Classification domain="UNSPSC">50201706</Classification></ItemDetail></ItemIn>
            </PunchOutOrderMessage></Message></cXML>""";

    @Test
    void everyFieldSpellingIsFound() {
        for (String name : List.of("cxml-urlencoded", "cXML-urlencoded", "CXML-URLENCODED", "Cxml-UrlEncoded")) {
            ReturnedCart returned = ReturnedCart.from(List.of(new FormField("other", "x"), new FormField(name, CART)));

            assertEquals(PunchOutProtocol.CXML, returned.protocol(), name);
            assertEquals("cookie-42", returned.cart().buyerCookie(), name);
            assertEquals("Café moulu", returned.cart().lines().get(0).description(), name);
        }
        String base64 = Base64.getEncoder().encodeToString(CART.getBytes(StandardCharsets.UTF_8));
        for (String name : List.of("cxml-base64", "cXML-base64", "CXML-BASE64")) {
            ReturnedCart returned = ReturnedCart.from(List.of(new FormField(name, base64)));

            assertEquals("Café moulu", returned.cart().lines().get(0).description(), name);
        }
    }

    @Test
    void base64HonoursXmlDeclarationEncoding() {
        String latin1 = CART.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        String base64 = Base64.getMimeEncoder().encodeToString(latin1.getBytes(Charset.forName("ISO-8859-1")));

        ReturnedCart returned = ReturnedCart.from(List.of(new FormField("cxml-base64", base64)));

        assertEquals("Café moulu", returned.cart().lines().get(0).description());
    }

    @Test
    void doubleUrlEncodingIsRejected() {
        String once = URLEncoder.encode(CART, StandardCharsets.UTF_8);

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> ReturnedCart.from(List.of(new FormField("cXML-urlencoded", once))));

        assertEquals("error.punchOut.doubleEncoded", error.messageKey());
        assertTrue(error.getMessage().contains("cXML-urlencoded"), error.getMessage());
        assertTrue(error.getMessage().contains("%3C"), error.getMessage());
    }

    @Test
    void lowerCaseDoubleEncodingIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> ReturnedCart.from(List.of(new FormField("cxml-urlencoded", "  %3c%3Fxml"))));

        assertEquals("error.punchOut.doubleEncoded", error.messageKey());
    }

    @Test
    void invalidBase64IsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> ReturnedCart.from(List.of(new FormField("cxml-base64", "not base64 at all!"))));

        assertEquals("error.punchOut.base64", error.messageKey());
    }

    @Test
    void formWithoutCartIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> ReturnedCart.from(List.of(new FormField("cxml", CART), new FormField("HEADER-PAGE", "1"))));

        assertEquals("error.punchOut.noCart", error.messageKey());
    }

    @Test
    void ociFieldsAreRead() {
        ReturnedCart returned = ReturnedCart.from(List.of(new FormField("NEW_ITEM-DESCRIPTION[1]", "Vis"),
                new FormField("NEW_ITEM-QUANTITY[1]", "3"), new FormField("NEW_ITEM-UNIT[1]", "PCE"),
                new FormField("NEW_ITEM-PRICE[1]", "0,10"), new FormField("NEW_ITEM-CURRENCY[1]", "EUR")));

        assertEquals(PunchOutProtocol.OCI, returned.protocol());
        assertEquals(1, returned.cart().lines().size());
    }

    @Test
    void digestIdentifiesContent() {
        String first = ReturnedCart.from(List.of(new FormField("cxml-urlencoded", CART))).digest();
        String again = ReturnedCart.from(List.of(new FormField("cXML-urlencoded", CART))).digest();
        String other = ReturnedCart.from(List.of(new FormField("cxml-urlencoded", CART.replace("quantity=\"2\"", "quantity=\"3\"")))).digest();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }
}
