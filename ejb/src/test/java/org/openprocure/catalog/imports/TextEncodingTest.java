package org.openprocure.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static Charset detect(byte[] bytes) throws IOException {
        return TextEncoding.detect(new ByteArrayInputStream(bytes));
    }

    @Test
    void accentedUtf8IsUtf8() throws IOException {
        assertEquals(StandardCharsets.UTF_8, detect("Câble électrique;12,50".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void accentedWindows1252IsWindows1252() throws IOException {
        assertEquals(TextEncoding.WINDOWS_1252, detect("Câble électrique;12,50 €".getBytes(TextEncoding.WINDOWS_1252)));
    }

    @Test
    void byteOrderMarkMeansUtf8() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals(StandardCharsets.UTF_8, detect(bom));
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        assertEquals(StandardCharsets.UTF_8, detect("reference;price".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void windows1252AccentAfterLongAsciiIsFound() throws IOException {
        String text = "x".repeat(200_000) + "é";
        assertEquals(TextEncoding.WINDOWS_1252, detect(text.getBytes(TextEncoding.WINDOWS_1252)));
    }

    @Test
    void utf8CharacterAcrossBufferBoundaryStaysUtf8() throws IOException {
        String text = "x".repeat(64 * 1024 - 1) + "é" + "x".repeat(10);
        assertEquals(StandardCharsets.UTF_8, detect(text.getBytes(StandardCharsets.UTF_8)));
    }
}
