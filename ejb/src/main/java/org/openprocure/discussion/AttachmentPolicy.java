package org.openprocure.discussion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openprocure.shared.InvalidInputException;

/**
 * Decides whether a file may be attached to a message. The type comes from the first bytes (the
 * magic number), and the file name's extension must name that same type, so a renamed executable
 * is rejected. CSV and TXT have no magic number: they must be UTF-8 text without NUL bytes.
 */
public final class AttachmentPolicy {

    /** Longest stored file name, the size of its column. */
    static final int MAX_FILE_NAME_LENGTH = 200;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Local file header of a ZIP archive, which an XLSX file is. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Characters kept in a file name; every other one, including path separators and control characters, becomes an underscore. */
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()+-]");

    private AttachmentPolicy() {
    }

    /** Checks the size, name and type of a file, and returns it with its sanitised name, type and SHA-256. */
    public static CheckedAttachment check(String fileName, byte[] content, long maxBytes) {
        String name = sanitise(fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("error.thread.attachmentEmpty", name);
        }
        if (content.length > maxBytes) {
            throw new AttachmentTooLargeException(name, content.length, maxBytes);
        }
        String extension = extension(name);
        AttachmentType claimed = Arrays.stream(AttachmentType.values())
                .filter(type -> type.extensions().contains(extension))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.thread.attachmentType", name, extension));
        AttachmentType detected = detect(content, claimed)
                .orElseThrow(() -> new InvalidInputException("error.thread.attachmentContent", name, claimed.name()));
        return new CheckedAttachment(name, detected, content.clone(), sha256(content));
    }

    /**
     * Returns the type that the bytes prove. Binary formats must start with their magic number. For
     * XML, CSV and TXT, which have none, the bytes must be UTF-8 text without NUL, and XML must start with "&lt;".
     */
    static Optional<AttachmentType> detect(byte[] content, AttachmentType claimed) {
        return switch (claimed) {
            case PDF -> startsWith(content, PDF_MAGIC) ? Optional.of(claimed) : Optional.empty();
            case PNG -> startsWith(content, PNG_MAGIC) ? Optional.of(claimed) : Optional.empty();
            case JPEG -> startsWith(content, JPEG_MAGIC) ? Optional.of(claimed) : Optional.empty();
            case XLSX -> startsWith(content, ZIP_MAGIC) ? Optional.of(claimed) : Optional.empty();
            case XML -> isText(content) && textWithoutBom(content).stripLeading().startsWith("<") ? Optional.of(claimed) : Optional.empty();
            case CSV, TXT -> isText(content) && !looksBinary(content) ? Optional.of(claimed) : Optional.empty();
        };
    }

    /**
     * Returns the last path segment of the name with unsafe characters replaced, no leading dot, and
     * at most {@value #MAX_FILE_NAME_LENGTH} characters with the extension kept.
     */
    static String sanitise(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidInputException("error.missing", "fileName");
        }
        String lastSegment = fileName.strip().replaceAll(".*[/\\\\]", "");
        String safe = UNSAFE.matcher(lastSegment).replaceAll("_").replaceAll("^[. ]+", "").strip();
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_')) {
            throw new InvalidInputException("error.thread.fileName", fileName);
        }
        if (safe.length() > MAX_FILE_NAME_LENGTH) {
            String extension = extension(safe);
            int keep = MAX_FILE_NAME_LENGTH - extension.length() - 1;
            safe = safe.substring(0, keep) + "." + extension;
        }
        return safe;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Returns true when the text has a NUL byte or starts like one of the binary formats, such as a PDF renamed to .txt. */
    private static boolean looksBinary(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return startsWith(content, PDF_MAGIC) || startsWith(content, ZIP_MAGIC);
    }

    private static String textWithoutBom(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        return new String(content, start, content.length - start, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
