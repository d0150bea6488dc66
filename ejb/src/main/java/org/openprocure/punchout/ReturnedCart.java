package org.openprocure.punchout;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openprocure.punchout.cxml.PunchOutOrderMessageReader;
import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.oci.OciCartReader;
import org.openprocure.shared.InvalidInputException;

/**
 * A cart as the browser posted it back: a cXML PunchOutOrderMessage in a field named
 * cxml-urlencoded or cxml-base64 (in any letter case), or OCI {@code NEW_ITEM-…} fields. The
 * digest identifies the posted content, so a second post of the same cart is recognised.
 */
public record ReturnedCart(PunchOutProtocol protocol, Cart cart, String digest) {

    public static final String URLENCODED_FIELD = "cxml-urlencoded";
    public static final String BASE64_FIELD = "cxml-base64";

    public static ReturnedCart from(List<FormField> fields) {
        Optional<FormField> urlencoded = field(fields, URLENCODED_FIELD);
        if (urlencoded.isPresent()) {
            String xml = urlencoded.get().value();
            if (xml.stripLeading().regionMatches(true, 0, "%3C", 0, 3)) {
                throw new InvalidInputException("error.punchOut.doubleEncoded", urlencoded.get().name());
            }
            Cart cart = PunchOutOrderMessageReader.read(SecureXml.parse(new StringReader(xml)));
            return new ReturnedCart(PunchOutProtocol.CXML, cart, digest(xml.getBytes(StandardCharsets.UTF_8)));
        }
        Optional<FormField> base64 = field(fields, BASE64_FIELD);
        if (base64.isPresent()) {
            byte[] xml = base64(base64.get());
            Cart cart = PunchOutOrderMessageReader.read(SecureXml.parse(new ByteArrayInputStream(xml)));
            return new ReturnedCart(PunchOutProtocol.CXML, cart, digest(xml));
        }
        if (OciCartReader.isOciCart(fields)) {
            Cart cart = OciCartReader.read(fields);
            return new ReturnedCart(PunchOutProtocol.OCI, cart, digest(ociContent(fields)));
        }
        throw new InvalidInputException("error.punchOut.noCart");
    }

    private static Optional<FormField> field(List<FormField> fields, String name) {
        return fields.stream().filter(field -> field.name().strip().equalsIgnoreCase(name)).findFirst();
    }

    private static byte[] base64(FormField field) {
        try {
            // Some shops break long Base64 text into lines; any other character outside the alphabet is an error.
            return Base64.getDecoder().decode(field.value().replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.punchOut.base64", field.name());
        }
    }

    private static byte[] ociContent(List<FormField> fields) {
        StringBuilder content = new StringBuilder();
        for (FormField field : fields) {
            if (field.name().toUpperCase(Locale.ROOT).startsWith("NEW_ITEM-")) {
                content.append(field.name()).append('=').append(field.value()).append('\n');
            }
        }
        return content.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
