package org.openprocure.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user the threads have seen, with the side, supplier, e-mail address and language of their last
 * visit. Users never seen cannot be mentioned, because the product cannot tell which documents they may see.
 */
@Entity
@Table(name = "discussion_participant")
public class Participant {

    @Id
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageSide side;

    @Column(name = "supplier_id")
    private Long supplierId;

    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected Participant() {
    }

    Participant(String username) {
        this.username = username;
    }

    void seen(MessageSide side, Long supplierId, String email, String language) {
        this.side = side;
        this.supplierId = supplierId;
        this.email = email;
        this.language = language;
        this.lastSeenAt = Instant.now();
    }

    /** Returns true when this user may see a document of this supplier: staff see all, a supplier user only its own. */
    boolean maySee(Long documentSupplierId) {
        return side == MessageSide.BUYER || supplierId != null && supplierId.equals(documentSupplierId);
    }

    public String getUsername() {
        return username;
    }

    public MessageSide getSide() {
        return side;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }
}
