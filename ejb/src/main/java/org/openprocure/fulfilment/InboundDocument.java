package org.openprocure.fulfilment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.supplier.Supplier;

/**
 * A document a supplier sent, kept byte for byte with its SHA-256 under its identity: the cXML
 * payloadID, or the UBL document type and ID. The identity is unique per supplier and syntax, which
 * makes every receipt idempotent. The result reference names what the document changed, such as
 * {@code PURCHASE_ORDER 12} or {@code SHIPPING_NOTICE 51,52}.
 */
@Entity
@Table(name = "inbound_document")
public class InboundDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_document_seq")
    @SequenceGenerator(name = "inbound_document_seq", sequenceName = "inbound_document_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentSyntax syntax;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private InboundDocumentType documentType;

    @Column(name = "identity_key", nullable = false)
    private String identityKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    /** The sender: the cXML Sender credential as domain:identity, or the supplier user's name. */
    @Column(nullable = false)
    private String sender;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt = Instant.now();

    @Column(name = "result_reference", nullable = false)
    private String resultReference;

    protected InboundDocument() {
    }

    InboundDocument(DocumentSyntax syntax, InboundDocumentType documentType, String identityKey, Supplier supplier, String sender,
                    String contentType, byte[] content, String resultReference) {
        this.syntax = syntax;
        this.documentType = documentType;
        this.identityKey = identityKey;
        this.supplier = supplier;
        this.sender = sender;
        this.contentType = contentType;
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.resultReference = resultReference;
    }

    /** Returns the lowercase hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Tells whether these bytes are exactly the ones stored. */
    public boolean hasContent(byte[] other) {
        return MessageDigest.isEqual(content, other);
    }

    public Long getId() {
        return id;
    }

    public DocumentSyntax getSyntax() {
        return syntax;
    }

    public InboundDocumentType getDocumentType() {
        return documentType;
    }

    public String getIdentityKey() {
        return identityKey;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getSender() {
        return sender;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getResultReference() {
        return resultReference;
    }
}
