package org.openprocure.discussion;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to a message: its sanitised name, the content type found from its bytes, its size
 * and SHA-256. The bytes are in {@link AttachmentContent}, so that listing a thread does not read them.
 */
@Entity
@Table(name = "discussion_attachment")
public class MessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_attachment_seq")
    @SequenceGenerator(name = "discussion_attachment_seq", sequenceName = "discussion_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private ThreadMessage message;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    protected MessageAttachment() {
    }

    MessageAttachment(ThreadMessage message, CheckedAttachment checked) {
        this.message = Objects.requireNonNull(message, "message");
        this.fileName = checked.fileName();
        this.contentType = checked.type().contentType();
        this.sizeBytes = checked.content().length;
        this.sha256 = checked.sha256();
    }

    public Long getId() {
        return id;
    }

    public ThreadMessage getMessage() {
        return message;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
