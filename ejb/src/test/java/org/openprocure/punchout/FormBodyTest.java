package org.openprocure.punchout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

/** Decodes form bodies in the charset the catalog used, stated or not. */
class FormBodyTest {

    private static final String ACCENTS = "Crème brûlée, façade, œuvre";

    @Test
    void latin1WithoutCharsetKeepsAccents() {
        byte[] body = ("NEW_ITEM-DESCRIPTION%5B1%5D=" + URLEncoder.encode("Crème brûlée", StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.US_ASCII);

        FormBody.Decoded form = FormBody.decode(body, "application/x-www-form-urlencoded");

        assertEquals("windows-1252", form.charset().name());
        assertEquals("NEW_ITEM-DESCRIPTION[1]", form.fields().get(0).name());
        assertEquals("Crème brûlée", form.fields().get(0).value());
    }

    @Test
    void rawLatin1BytesKeepAccents() {
        byte[] body = "NEW_ITEM-DESCRIPTION[1]=Crème brûlée".getBytes(StandardCharsets.ISO_8859_1);

        FormBody.Decoded form = FormBody.decode(body, null);

        assertEquals("Crème brûlée", form.fields().get(0).value());
    }

    @Test
    void validUtf8WithoutCharsetIsUtf8() {
        byte[] body = ("d=" + URLEncoder.encode(ACCENTS, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        FormBody.Decoded form = FormBody.decode(body, "application/x-www-form-urlencoded");

        assertEquals(StandardCharsets.UTF_8, form.charset());
        assertEquals(ACCENTS, form.fields().get(0).value());
    }

    @Test
    void statedCharsetWins() {
        // These UTF-8 bytes would read as UTF-8, but the request states ISO-8859-1.
        byte[] body = ("d=" + URLEncoder.encode("é", StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        FormBody.Decoded form = FormBody.decode(body, "application/x-www-form-urlencoded; charset=ISO-8859-1");

        assertEquals("Ã©", form.fields().get(0).value());
    }

    @Test
    void charsetFieldIsHonoured() {
        byte[] body = ("_charset_=windows-1252&d=" + URLEncoder.encode("œuvre", Charset.forName("windows-1252"))).getBytes(StandardCharsets.US_ASCII);

        FormBody.Decoded form = FormBody.decode(body, "application/x-www-form-urlencoded");

        assertEquals("œuvre", form.fields().get(1).value());
    }

    @Test
    void plusIsSpaceAndEmptyValuesStay() {
        FormBody.Decoded form = FormBody.decode("a=one+two&b=&c".getBytes(StandardCharsets.US_ASCII), null);

        assertEquals(3, form.fields().size());
        assertEquals("one two", form.fields().get(0).value());
        assertEquals("", form.fields().get(1).value());
        assertEquals("", form.fields().get(2).value());
    }

    @Test
    void unknownCharsetIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> FormBody.decode("a=b".getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded; charset=klingon-8"));

        assertEquals("error.punchOut.charset", error.messageKey());
    }
}
