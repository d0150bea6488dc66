package org.openprocure.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, stored as they were checked. */
@Entity
@Table(name = "discussion_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
