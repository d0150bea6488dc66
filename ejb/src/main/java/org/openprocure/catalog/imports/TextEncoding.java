package org.openprocure.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the character set of a text file written in France. It is UTF-8 when the file starts
 * with a byte order mark or when all its bytes form valid UTF-8, and Windows-1252 otherwise. A
 * Windows-1252 text with accents is rarely valid UTF-8, because an accented letter there is one
 * byte of 0xC0 or more, usually followed by an ASCII byte where UTF-8 needs a continuation byte.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** Reads the whole file once, in blocks, to decide. */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    static Charset detect(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean first = true;
        int read;
        while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
            bytes.position(bytes.position() + read);
            bytes.flip();
            if (first && startsWithUtf8Bom(bytes.array())) {
                return StandardCharsets.UTF_8;
            }
            first = false;
            if (decode(decoder, bytes, chars, false).isError()) {
                return WINDOWS_1252;
            }
            bytes.compact();
        }
        bytes.flip();
        return decode(decoder, bytes, chars, true).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    private static CoderResult decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput) {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, endOfInput);
        } while (result.isOverflow());
        if (!result.isError() && endOfInput) {
            chars.clear();
            result = decoder.flush(chars);
        }
        return result;
    }

    static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
