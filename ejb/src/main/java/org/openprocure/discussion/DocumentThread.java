package org.openprocure.discussion;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.shared.DocumentType;

/** The discussion thread of one document, created with its first message. */
@Entity
@Table(name = "discussion_thread")
public class DocumentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_thread_seq")
    @SequenceGenerator(name = "discussion_thread_seq", sequenceName = "discussion_thread_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentThread() {
    }

    DocumentThread(DocumentType documentType, long documentId) {
        this.documentType = Objects.requireNonNull(documentType, "documentType");
        this.documentId = documentId;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public long getDocumentId() {
        return documentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
