package org.openprocure.invoicing;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The invoice file exactly as received, kept apart from the invoice so lists never load it. The
 * bytes stay unchanged for the legal retention period. After it only the bytes are deleted, and
 * the SHA-256 hash, the content type and the dates stay.
 */
@Entity
@Table(name = "invoice_document")
public class InvoiceDocument {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    /** The bytes as received; null once the retention period ended and the daily purge deleted them. */
    private byte[] content;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(name = "content_deleted_at")
    private Instant contentDeletedAt;

    protected InvoiceDocument() {
    }

    InvoiceDocument(long invoiceId, String contentType, byte[] content) {
        this.invoiceId = invoiceId;
        this.contentType = contentType;
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.storedAt = Instant.now();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public String getContentType() {
        return contentType;
    }

    /** Returns the bytes as received; raises OriginalDeletedException once the retention purge deleted them. */
    public byte[] getContent() {
        if (content == null) {
            throw new OriginalDeletedException(invoiceId, contentDeletedAt);
        }
        return content.clone();
    }

    /**
     * Returns the last day of the legal retention period, in UTC: the day the file was stored, that
     * many years later. Until the day after it, the bytes may not be deleted.
     */
    public LocalDate retentionEnd(int retentionYears) {
        return storedAt.atZone(ZoneOffset.UTC).toLocalDate().plusYears(retentionYears);
    }

    public boolean isContentDeleted() {
        return content == null;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public Instant getContentDeletedAt() {
        return contentDeletedAt;
    }

    public String getSha256() {
        return sha256;
    }
}
