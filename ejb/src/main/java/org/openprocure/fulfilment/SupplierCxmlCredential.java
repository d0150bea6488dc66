package org.openprocure.fulfilment;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;

/**
 * The credential a supplier's system puts in the Sender element of the cXML it posts to the cXML
 * endpoint: a domain such as NetworkID or DUNS, an identity, and a shared secret kept only as a
 * salted hash. Domains compare without regard to case, because senders write NetworkId and
 * NetworkID alike; identities compare exactly.
 */
@Entity
@Table(name = "supplier_cxml_credential")
public class SupplierCxmlCredential {

    static final int MIN_SECRET_LENGTH = 12;

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Version
    private long version;

    @Column(nullable = false)
    private String domain;

    @Column(name = "domain_key", nullable = false)
    private String domainKey;

    @Column(nullable = false)
    private String identity;

    @Column(name = "secret_salt", nullable = false)
    private String secretSalt;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "secret_iterations", nullable = false)
    private int secretIterations;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplierCxmlCredential() {
    }

    SupplierCxmlCredential(Supplier supplier) {
        this.supplier = supplier;
    }

    /** Sets the domain and identity, and the secret unless it is null, which keeps the stored one. */
    void update(String newDomain, String newIdentity, String sharedSecret, String actor) {
        this.domain = Inputs.requireText(newDomain, "domain", 64);
        this.domainKey = domainKey(domain);
        this.identity = Inputs.requireText(newIdentity, "identity", 255);
        if (sharedSecret != null) {
            if (sharedSecret.length() < MIN_SECRET_LENGTH) {
                throw new InvalidInputException("error.cxmlCredential.shortSecret", MIN_SECRET_LENGTH);
            }
            this.secretSalt = SharedSecretHash.newSalt();
            this.secretIterations = SharedSecretHash.ITERATIONS;
            this.secretHash = SharedSecretHash.hash(sharedSecret, secretSalt, secretIterations);
        } else if (secretHash == null) {
            throw new InvalidInputException("error.missing", "sharedSecret");
        }
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    static String domainKey(String domain) {
        return domain.strip().toLowerCase(Locale.ROOT);
    }

    boolean acceptsSecret(String sharedSecret) {
        return SharedSecretHash.matches(sharedSecret, secretSalt, secretIterations, secretHash);
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getDomain() {
        return domain;
    }

    public String getIdentity() {
        return identity;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
