package org.openprocure.punchout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openprocure.shared.InvalidInputException;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body from its raw bytes. Catalogs post
 * their forms in their page's charset and seldom state it. The charset parameter of the request's
 * Content-Type comes first, then a {@code _charset_} field, then UTF-8 when every byte sequence
 * is valid UTF-8, else Windows-1252, the superset of ISO-8859-1 that browsers use for it.
 */
public final class FormBody {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FormBody() {
    }

    /** A decoded body and the charset its values were read in. */
    public record Decoded(List<FormField> fields, Charset charset) {
    }

    public static Decoded decode(byte[] body, String contentType) {
        List<byte[][]> raw = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    raw.add(pair(body, start, i));
                }
                start = i + 1;
            }
        }
        Charset charset = declared(contentType, raw);
        if (charset == null) {
            charset = raw.stream().allMatch(pair -> validUtf8(pair[0]) && validUtf8(pair[1])) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        List<FormField> fields = new ArrayList<>();
        for (byte[][] pair : raw) {
            fields.add(new FormField(new String(pair[0], charset), new String(pair[1], charset)));
        }
        return new Decoded(fields, charset);
    }

    private static byte[][] pair(byte[] body, int start, int end) {
        int equals = start;
        while (equals < end && body[equals] != '=') {
            equals++;
        }
        byte[] name = percentDecode(body, start, equals);
        byte[] value = equals < end ? percentDecode(body, equals + 1, end) : new byte[0];
        return new byte[][] {name, value};
    }

    private static byte[] percentDecode(byte[] body, int start, int end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            byte b = body[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < end && hex(body[i + 1]) >= 0 && hex(body[i + 2]) >= 0) {
                out.write(hex(body[i + 1]) * 16 + hex(body[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private static Charset declared(String contentType, List<byte[][]> raw) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] nameValue = parameter.strip().split("=", 2);
                if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("charset")) {
                    return charset(nameValue[1].strip().replace("\"", ""));
                }
            }
        }
        for (byte[][] pair : raw) {
            if (new String(pair[0], StandardCharsets.US_ASCII).equals("_charset_") && pair[1].length > 0) {
                return charset(new String(pair[1], StandardCharsets.US_ASCII).strip());
            }
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("error.punchOut.charset", name);
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
