package org.openprocure.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.punchout.SecretCipher;
import org.openprocure.punchout.cxml.CxmlCredential;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;

/**
 * The channel a supplier receives its orders on, with the endpoint and cXML credentials that the
 * CXML and UBL channels post with. A supplier without a row uses {@link OrderChannel#PORTAL}. The
 * shared secret is stored encrypted by {@link SecretCipher} and never returned by the API.
 */
@Entity
@Table(name = "supplier_order_channel")
public class SupplierOrderChannel {

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderChannel channel;

    @Column(name = "endpoint_url")
    private String endpointUrl;

    @Column(name = "from_domain")
    private String fromDomain;

    @Column(name = "from_identity")
    private String fromIdentity;

    @Column(name = "to_domain")
    private String toDomain;

    @Column(name = "to_identity")
    private String toIdentity;

    @Column(name = "sender_domain")
    private String senderDomain;

    @Column(name = "sender_identity")
    private String senderIdentity;

    @Column(name = "shared_secret_encrypted")
    private String sharedSecretEncrypted;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplierOrderChannel() {
    }

    SupplierOrderChannel(long supplierId) {
        this.supplierId = supplierId;
        this.channel = OrderChannel.PORTAL;
    }

    /**
     * Checks the draft and applies it; on any invalid value nothing changes. EMAIL needs the
     * supplier's contact address, which the caller checks.
     */
    void update(OrderChannelDraft draft, SecretCipher cipher, String actor) {
        OrderChannel checkedChannel = channelOf(draft.channel());
        String url = checkedChannel.postsOverHttp() ? url(draft.endpointUrl()) : null;
        String checkedFromDomain = Inputs.optionalText(draft.fromDomain(), "fromDomain", 64);
        String checkedFromIdentity = Inputs.optionalText(draft.fromIdentity(), "fromIdentity", 255);
        String checkedToDomain = Inputs.optionalText(draft.toDomain(), "toDomain", 64);
        String checkedToIdentity = Inputs.optionalText(draft.toIdentity(), "toIdentity", 255);
        String checkedSenderDomain = Inputs.optionalText(draft.senderDomain(), "senderDomain", 64);
        String checkedSenderIdentity = Inputs.optionalText(draft.senderIdentity(), "senderIdentity", 255);
        if (draft.sharedSecret() != null && draft.sharedSecret().length() > 255) {
            throw new InvalidInputException("error.tooLong", "sharedSecret", draft.sharedSecret().length(), 255);
        }

        channel = checkedChannel;
        endpointUrl = url;
        fromDomain = checkedFromDomain;
        fromIdentity = checkedFromIdentity;
        toDomain = checkedToDomain;
        toIdentity = checkedToIdentity;
        senderDomain = checkedSenderDomain;
        senderIdentity = checkedSenderIdentity;
        if (draft.sharedSecret() != null) {
            sharedSecretEncrypted = draft.sharedSecret().isEmpty() ? null : cipher.encrypt(draft.sharedSecret());
        }
        updatedBy = actor;
        updatedAt = Instant.now();
    }

    private static OrderChannel channelOf(String value) {
        String text = Inputs.requireText(value, "channel", 16);
        try {
            return OrderChannel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.orderChannel.channel", text);
        }
    }

    private static String url(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("error.orderChannel.urlMissing");
        }
        String text = Inputs.requireText(value, "endpointUrl", 2000).strip();
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidInputException("error.orderChannel.url", text);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("error.orderChannel.url", text);
        }
        return text;
    }

    /** Returns the identity set for this channel, or null to use the punch-out settings'. */
    CxmlCredential from() {
        return fromIdentity == null ? null : new CxmlCredential(fromDomain, fromIdentity);
    }

    CxmlCredential to() {
        return toIdentity == null ? null : new CxmlCredential(toDomain, toIdentity);
    }

    CxmlCredential sender() {
        return senderIdentity == null ? null : new CxmlCredential(senderDomain, senderIdentity);
    }

    /** Returns the shared secret in clear text, for the outbound post only, or null when the channel has none of its own. */
    String sharedSecret(SecretCipher cipher) {
        return sharedSecretEncrypted == null ? null : cipher.decrypt(sharedSecretEncrypted);
    }

    public long getSupplierId() {
        return supplierId;
    }

    public OrderChannel getChannel() {
        return channel;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public String getFromDomain() {
        return fromDomain;
    }

    public String getFromIdentity() {
        return fromIdentity;
    }

    public String getToDomain() {
        return toDomain;
    }

    public String getToIdentity() {
        return toIdentity;
    }

    public String getSenderDomain() {
        return senderDomain;
    }

    public String getSenderIdentity() {
        return senderIdentity;
    }

    public boolean isSharedSecretSet() {
        return sharedSecretEncrypted != null;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
