package org.openprocure.user;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;

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

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * A user's record in the product, keyed by the user name they sign in with. The approval limit is
 * the largest requisition total, excluding VAT, that the user may approve, in one currency. A user
 * without a limit approves nothing.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "approval_limit")
    private BigDecimal approvalLimit;

    @Column(name = "approval_currency")
    private String approvalCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserAccountSource source;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected UserAccount() {
    }

    UserAccount(String username) {
        this.username = username;
    }

    /** Replaces every value with the draft's; the user name stays. */
    void update(UserAccountDraft draft, UserAccountSource source, String actor, String fieldPrefix) {
        this.displayName = Inputs.optionalText(draft.displayName(), fieldPrefix + "displayName", 255);
        this.email = Inputs.optionalEmail(draft.email(), fieldPrefix + "email");
        this.preferredLanguage = Inputs.language(draft.preferredLanguage(), fieldPrefix + "preferredLanguage");
        setApprovalLimit(draft.approvalLimit(), draft.approvalCurrency(), fieldPrefix);
        this.source = source;
        this.updatedBy = actor;
        this.updatedAt = OffsetDateTime.now();
    }

    /**
     * Replaces only the approval limit, as the ERP sends it. A user unknown so far gets French as
     * preferred language until an administrator or a full import sets it.
     */
    void updateApprovalLimit(ApprovalLimitDraft draft, String actor, String fieldPrefix) {
        if (preferredLanguage == null) {
            preferredLanguage = "fr";
        }
        setApprovalLimit(draft.approvalLimit(), draft.approvalCurrency(), fieldPrefix);
        this.source = UserAccountSource.ERP;
        this.updatedBy = actor;
        this.updatedAt = OffsetDateTime.now();
    }

    private void setApprovalLimit(BigDecimal limitValue, String currency, String fieldPrefix) {
        if (limitValue == null) {
            this.approvalLimit = null;
            this.approvalCurrency = null;
        } else {
            BigDecimal limit = Inputs.requireNotNegative(limitValue, fieldPrefix + "approvalLimit");
            if (limit.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("error.user.limitCents", fieldPrefix + "approvalLimit", limit.toPlainString());
            }
            this.approvalLimit = limit.setScale(2, RoundingMode.UNNECESSARY);
            this.approvalCurrency = Inputs.requireCurrency(currency, fieldPrefix + "approvalCurrency");
        }
    }

    /** Replaces the user name by the pseudonym and removes the display name and e-mail address. */
    void erase(String pseudonym) {
        this.username = pseudonym;
        this.displayName = null;
        this.email = null;
        this.erasedAt = Instant.now();
    }

    /** Returns when the personal data was erased, or null while the record still contains it. */
    public Instant getErasedAt() {
        return erasedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** Returns the approval limit, or null when the user may approve nothing. */
    public BigDecimal getApprovalLimit() {
        return approvalLimit;
    }

    public String getApprovalCurrency() {
        return approvalCurrency;
    }

    public UserAccountSource getSource() {
        return source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
