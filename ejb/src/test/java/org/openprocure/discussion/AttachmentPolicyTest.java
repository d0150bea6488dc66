package org.openprocure.discussion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.shared.InvalidInputException;

class AttachmentPolicyTest {

    private static final long MAX = 1024;
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Test
    void pdfAccepted() {
        CheckedAttachment checked = AttachmentPolicy.check("bon-de-livraison.pdf", PDF, MAX);

        assertEquals(AttachmentType.PDF, checked.type());
        assertEquals("bon-de-livraison.pdf", checked.fileName());
        assertArrayEquals(PDF, checked.content());
        assertEquals(64, checked.sha256().length());
    }

    @Test
    void eachTypeFoundFromBytes() {
        assertEquals(AttachmentType.PNG, AttachmentPolicy.check("photo.PNG", PNG, MAX).type());
        assertEquals(AttachmentType.JPEG, AttachmentPolicy.check("photo.jpeg", JPEG, MAX).type());
        assertEquals(AttachmentType.JPEG, AttachmentPolicy.check("photo.jpg", JPEG, MAX).type());
        assertEquals(AttachmentType.XLSX, AttachmentPolicy.check("prix.xlsx", ZIP, MAX).type());
        assertEquals(AttachmentType.XML, AttachmentPolicy.check("asn.xml", "\uFEFF<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8),
                MAX).type());
        assertEquals(AttachmentType.CSV, AttachmentPolicy.check("lignes.csv", "ligne;quantité\n1;3\n".getBytes(StandardCharsets.UTF_8), MAX).type());
        assertEquals(AttachmentType.TXT, AttachmentPolicy.check("note.txt", "Bonjour".getBytes(StandardCharsets.UTF_8), MAX).type());
    }

    @ParameterizedTest
    @CsvSource({"virus.exe, exe", "archive.zip, zip", "no-extension, ''", "page.html, html"})
    void unlistedExtensionRejected(String name, String extension) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check(name, PDF, MAX));

        assertEquals("error.thread.attachmentType", error.messageKey());
        assertEquals(extension, error.arguments()[1]);
    }

    @Test
    void renamedExecutableRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("facture.pdf", EXE, MAX));

        assertEquals("error.thread.attachmentContent", error.messageKey());
        assertEquals("facture.pdf", error.arguments()[0]);
    }

    @Test
    void binaryRenamedToTextRejected() {
        assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("note.txt", PDF, MAX));
        assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("note.txt", new byte[] {'a', 0, 'b'}, MAX));
        assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("lignes.csv", new byte[] {(byte) 0xC3, 0x28}, MAX));
        assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("asn.xml", "not xml".getBytes(StandardCharsets.UTF_8), MAX));
    }

    @Test
    void oversizeRejectedWithLimit() {
        byte[] content = new byte[(int) MAX + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);

        AttachmentTooLargeException error = assertThrows(AttachmentTooLargeException.class, () -> AttachmentPolicy.check("big.pdf", content, MAX));

        assertEquals("big.pdf", error.arguments()[0]);
        assertEquals("1025", error.arguments()[1]);
        assertEquals("1024", error.arguments()[2]);
    }

    @Test
    void emptyFileRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> AttachmentPolicy.check("vide.pdf", new byte[0], MAX));

        assertEquals("error.thread.attachmentEmpty", error.messageKey());
    }

    @ParameterizedTest
    @CsvSource({
            "'../../etc/passwd.txt', passwd.txt",
            "'C:\\Users\\sophie\\BL 42.pdf', BL 42.pdf",
            "'.hidden.pdf', hidden.pdf",
            "'a<script>.pdf', a_script_.pdf",
            "'bon\u0000de.pdf', bon_de.pdf",
            "'Récépissé (copie).pdf', Récépissé (copie).pdf"})
    void fileNameSanitised(String given, String expected) {
        assertEquals(expected, AttachmentPolicy.sanitise(given));
    }

    @Test
    void longFileNameKeepsExtension() {
        String sanitised = AttachmentPolicy.sanitise("x".repeat(300) + ".pdf");

        assertEquals(AttachmentPolicy.MAX_FILE_NAME_LENGTH, sanitised.length());
        assertEquals(".pdf", sanitised.substring(sanitised.length() - 4));
    }

    @Test
    void unusableFileNameRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> AttachmentPolicy.sanitise("<<>>"));

        assertEquals("error.thread.fileName", error.messageKey());
    }
}
