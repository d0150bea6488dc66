package org.openprocure.ledger;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;

/** A general-ledger account of the ERP's chart of accounts, known by its code. */
@Entity
@Table(name = "gl_account")
public class GlAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gl_account_seq")
    @SequenceGenerator(name = "gl_account_seq", sequenceName = "gl_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected GlAccount() {
    }

    GlAccount(String code) {
        this.code = code;
    }

    /** Checks the draft's code as account codes are written: letters, digits, dots, dashes and underscores. */
    static String checkedCode(String code, String field) {
        return Inputs.requireCode(code, field);
    }

    /** Replaces the label and the active flag; the code stays. */
    void update(GlAccountDraft draft, String actor, String fieldPrefix) {
        this.label = Inputs.requireText(draft.label(), fieldPrefix + "label", 255);
        this.active = draft.active() == null || draft.active();
        this.updatedBy = actor;
        this.updatedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
