package org.openprocure.costcentre;

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

/** A cost centre, keyed by the code the ERP gives it, with the user who owns it. */
@Entity
@Table(name = "cost_centre")
public class CostCentre {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_centre_seq")
    @SequenceGenerator(name = "cost_centre_seq", sequenceName = "cost_centre_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "owner_username", nullable = false)
    private String owner;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CostCentre() {
    }

    CostCentre(String code) {
        this.code = code;
    }

    /** Replaces every value with the draft's; the code stays. */
    void update(CostCentreDraft draft, String actor, String fieldPrefix) {
        this.name = Inputs.requireText(draft.name(), fieldPrefix + "name", 255);
        this.owner = Inputs.requireText(draft.owner(), fieldPrefix + "owner", 255);
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

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
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
