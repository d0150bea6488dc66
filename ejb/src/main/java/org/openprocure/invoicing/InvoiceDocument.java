package org.openprocure.invoicing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The invoice file exactly as received, kept apart from the invoice so lists never load it. */
@Entity
@Table(name = "invoice_document")
public class InvoiceDocument {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    protected InvoiceDocument() {
    }

    InvoiceDocument(long invoiceId, String contentType, byte[] content) {
        this.invoiceId = invoiceId;
        this.contentType = contentType;
        this.content = content.clone();
        this.sha256 = sha256(content);
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

    public byte[] getContent() {
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }
}
