package org.openprocure.punchout;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

/**
 * One visit of a requester to a supplier's shop. The shop's page posts the cart back from the
 * browser, cross-site and without the session cookie, so the random token in the return URL (and,
 * for cXML, the BuyerCookie) stands for the requester. The session takes one cart: OPEN, then USED
 * with the digest of that cart, and a repeated post of the same cart finds the same requisition.
 */
@Entity
@Table(name = "punch_out_session")
public class PunchOutSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "punch_out_session_seq")
    @SequenceGenerator(name = "punch_out_session_seq", sequenceName = "punch_out_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "buyer_cookie", nullable = false)
    private String buyerCookie;

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(nullable = false)
    private String requester;

    /** The draft requisition the cart goes to: the one given at start, or the one the first cart created. */
    @Column(name = "requisition_id")
    private Long requisitionId;

    @Column(name = "cost_centre", nullable = false)
    private String costCentre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PunchOutOperation operation;

    /** The protocol of the shop when the session started; the cart must come back in it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PunchOutProtocol protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PunchOutSessionStatus status = PunchOutSessionStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** SHA-256 of the cart the session took, hex; null while it is open. */
    @Column(name = "cart_digest")
    private String cartDigest;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PunchOutSession() {
    }

    PunchOutSession(String token, String buyerCookie, long supplierId, String requester, Long requisitionId, String costCentre,
                    PunchOutOperation operation, PunchOutProtocol protocol, Duration lifetime) {
        this.token = token;
        this.buyerCookie = buyerCookie;
        this.supplierId = supplierId;
        this.requester = requester;
        this.requisitionId = requisitionId;
        this.costCentre = costCentre;
        this.operation = operation;
        this.protocol = protocol;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(lifetime);
    }

    /** Returns whether this cart was the one the session already took. */
    boolean tookCart(String digest) {
        return status == PunchOutSessionStatus.USED && digest.equals(cartDigest);
    }

    /** Checks that the session can take a cart now. */
    void requireOpen(Instant now) {
        if (status == PunchOutSessionStatus.USED) {
            throw new PunchOutSessionClosedException("error.punchOut.tokenUsed");
        }
        if (!now.isBefore(expiresAt)) {
            throw new PunchOutSessionClosedException("error.punchOut.tokenExpired",
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(expiresAt.atOffset(ZoneOffset.UTC).withNano(0)) + " UTC");
        }
    }

    void use(String digest, long requisition) {
        status = PunchOutSessionStatus.USED;
        cartDigest = digest;
        usedAt = Instant.now();
        requisitionId = requisition;
    }


    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getBuyerCookie() {
        return buyerCookie;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getRequester() {
        return requester;
    }

    public Long getRequisitionId() {
        return requisitionId;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public PunchOutOperation getOperation() {
        return operation;
    }

    public PunchOutProtocol getProtocol() {
        return protocol;
    }

    public PunchOutSessionStatus getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
