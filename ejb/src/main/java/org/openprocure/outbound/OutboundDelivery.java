package org.openprocure.outbound;

import java.time.Instant;

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
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * One document to deliver to a supplier on its channel. The payload is built when the delivery is
 * queued, so every attempt and every re-send sends the same bytes. A delivery is PENDING until an
 * attempt succeeds (DELIVERED) or its last allowed attempt fails (FAILED); a buyer may then send
 * it again, which starts a new round of attempts.
 */
@Entity
@Table(name = "outbound_delivery")
public class OutboundDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_delivery_seq")
    @SequenceGenerator(name = "outbound_delivery_seq", sequenceName = "outbound_delivery_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "purchase_order_id", nullable = false)
    private long purchaseOrderId;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryPurpose purpose;

    @Column(name = "order_revision", nullable = false)
    private int orderRevision;

    /** The document format, such as cXML OrderRequest or UBL Order. */
    @Column(nullable = false)
    private String format;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] payload;

    /** The URL posted to, or the e-mail address of the supplier's contact. */
    @Column(nullable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    /** The attempts made in the current round; a re-send starts a new round at zero. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboundDelivery() {
    }

    OutboundDelivery(DocumentType documentType, long documentId, long purchaseOrderId, long supplierId, OrderChannel channel,
                     DeliveryPurpose purpose, int orderRevision, Payload payload, String target) {
        this.documentType = documentType;
        this.documentId = documentId;
        this.purchaseOrderId = purchaseOrderId;
        this.supplierId = supplierId;
        this.channel = channel;
        this.purpose = purpose;
        this.orderRevision = orderRevision;
        this.format = payload.format();
        this.contentType = payload.contentType();
        this.payload = payload.bytes();
        this.target = target;
        this.nextAttemptAt = createdAt;
    }

    /** Marks the delivery as delivered after a successful attempt. */
    void delivered(Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt: the next one is due at the given time, or the delivery has failed when that is null. */
    void attemptFailed(String error, Instant nextAttempt) {
        attempts++;
        lastError = error;
        nextAttemptAt = nextAttempt;
        status = nextAttempt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    }

    /** Starts a new round of attempts, due at once; a delivery still being attempted cannot be re-sent. */
    void resend(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            throw new TransitionNotAllowedException(DocumentType.OUTBOUND_DELIVERY, String.valueOf(id), status, "resend");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
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

    public long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public OrderChannel getChannel() {
        return channel;
    }

    public DeliveryPurpose getPurpose() {
        return purpose;
    }

    public int getOrderRevision() {
        return orderRevision;
    }

    public String getFormat() {
        return format;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getPayload() {
        return payload;
    }

    public String getTarget() {
        return target;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
