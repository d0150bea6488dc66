package org.openprocure.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One message of a thread. Its text and attachments never change after posting. A flag (a
 * missing-attachment request or a disagreement) is open until {@link #resolve} records who closed it.
 */
@Entity
@Table(name = "discussion_message")
public class ThreadMessage {

    /** Size of the text column. */
    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_message_seq")
    @SequenceGenerator(name = "discussion_message_seq", sequenceName = "discussion_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private DocumentThread thread;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageSide side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageKind kind;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MessageAttachment> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "discussion_mention", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "username")
    private Set<String> mentions = new LinkedHashSet<>();

    protected ThreadMessage() {
    }

    ThreadMessage(DocumentThread thread, String author, MessageSide side, MessageKind kind, String text) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.author = Objects.requireNonNull(author, "author");
        this.side = Objects.requireNonNull(side, "side");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        this.postedAt = Instant.now();
    }

    MessageAttachment attach(CheckedAttachment checked) {
        MessageAttachment attachment = new MessageAttachment(this, checked);
        attachments.add(attachment);
        return attachment;
    }

    void mention(String username) {
        mentions.add(username);
    }

    /** Closes an open flag; a note or a flag already resolved cannot be resolved. */
    void resolve(String actor) {
        if (!isOpenFlag()) {
            throw new FlagNotOpenException(id, isResolved());
        }
        resolvedBy = actor;
        resolvedAt = Instant.now();
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** Returns true for a missing-attachment request or a disagreement that nobody has resolved yet. */
    public boolean isOpenFlag() {
        return kind.isFlag() && !isResolved();
    }

    public Long getId() {
        return id;
    }

    public DocumentThread getThread() {
        return thread;
    }

    public String getAuthor() {
        return author;
    }

    public MessageSide getSide() {
        return side;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<MessageAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public Set<String> getMentions() {
        return Set.copyOf(mentions);
    }
}
