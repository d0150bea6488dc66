package org.openprocure.notification;

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
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;

/**
 * One e-mail in the outbox, stored in the transaction of the change it reports, so it exists exactly
 * when that change was committed. It stays PENDING until a send attempt marks it SENT or FAILED.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Sizes of the subject, body and failure columns. */
    static final int MAX_SUBJECT_LENGTH = 255;
    static final int MAX_BODY_LENGTH = 4000;
    static final int MAX_FAILURE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;

    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String failure;

    protected Notification() {
    }

    /**
     * Creates a PENDING e-mail about a document. A subject longer than its column is cut, because a
     * long supplier name must not stop the change the e-mail reports.
     */
    public Notification(String recipient, String language, String subject, String body, DocumentType documentType, Long documentId) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.language = Objects.requireNonNull(language, "language");
        this.subject = cut(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT_LENGTH);
        this.body = Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("Notification body has " + body.length() + " characters, more than " + MAX_BODY_LENGTH);
        }
        this.documentType = documentType;
        this.documentId = documentId;
        this.status = NotificationStatus.PENDING;
        this.createdAt = Instant.now();
    }

    void markSent() {
        status = NotificationStatus.SENT;
        sentAt = Instant.now();
        failure = null;
    }

    /** Records why sending failed. The text must not contain the recipient's address. */
    void markFailed(String reason) {
        status = NotificationStatus.FAILED;
        failure = cut(reason, MAX_FAILURE_LENGTH);
    }

    private static String cut(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFailure() {
        return failure;
    }
}
