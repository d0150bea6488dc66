package org.openprocure.punchout;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How to punch out to one supplier: the protocol, the shop's URL, the cXML identities and the OCI
 * parameters. The shared secret and the OCI password are stored encrypted by {@link SecretCipher}
 * and never leave this class in clear text except to build the outbound call.
 */
@Entity
@Table(name = "supplier_punch_out")
public class PunchOutSettings {

    /** The name of the OCI parameter with the catalog password, which is stored encrypted, apart from the others. */
    public static final String OCI_PASSWORD = "PASSWORD";

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PunchOutProtocol protocol;

    @Column(nullable = false)
    private String url;

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

    /** The OCI parameters other than PASSWORD, as URL-encoded name=value pairs joined by &amp;. */
    @Column(name = "oci_parameters")
    private String ociParameters;

    @Column(name = "oci_password_encrypted")
    private String ociPasswordEncrypted;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PunchOutSettings() {
    }

    PunchOutSettings(long supplierId) {
        this.supplierId = supplierId;
    }

    /** Applies checked values; a null secret keeps the stored one, an empty one removes it. */
    void update(CheckedSettings checked, SecretCipher cipher, String actor) {
        protocol = checked.protocol();
        url = checked.url();
        fromDomain = checked.from().domain();
        fromIdentity = checked.from().identity();
        toDomain = checked.to().domain();
        toIdentity = checked.to().identity();
        senderDomain = checked.sender().domain();
        senderIdentity = checked.sender().identity();
        sharedSecretEncrypted = replaceSecret(sharedSecretEncrypted, checked.sharedSecret(), cipher);
        ociPasswordEncrypted = replaceSecret(ociPasswordEncrypted, checked.ociPassword(), cipher);
        ociParameters = encode(checked.ociParameters());
        updatedBy = actor;
        updatedAt = Instant.now();
    }

    private static String replaceSecret(String stored, String secret, SecretCipher cipher) {
        if (secret == null) {
            return stored;
        }
        return secret.isEmpty() ? null : cipher.encrypt(secret);
    }

    private static String encode(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Returns the OCI parameters other than PASSWORD, in the order the administrator gave them. */
    public Map<String, String> getOciParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (ociParameters == null || ociParameters.isEmpty()) {
            return parameters;
        }
        for (String pair : ociParameters.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    /** Returns the shared secret in clear text, for the outbound call only, or null when none is set. */
    String sharedSecret(SecretCipher cipher) {
        return sharedSecretEncrypted == null ? null : cipher.decrypt(sharedSecretEncrypted);
    }

    /** Returns the OCI password in clear text, for the outbound form only, or null when none is set. */
    String ociPassword(SecretCipher cipher) {
        return ociPasswordEncrypted == null ? null : cipher.decrypt(ociPasswordEncrypted);
    }

    public boolean isSharedSecretSet() {
        return sharedSecretEncrypted != null;
    }

    public boolean isOciPasswordSet() {
        return ociPasswordEncrypted != null;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public PunchOutProtocol getProtocol() {
        return protocol;
    }

    public String getUrl() {
        return url;
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

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
