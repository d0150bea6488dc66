package org.openprocure.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The tolerances of one purchase category, such as a UNSPSC commodity code. They apply to the
 * order lines of that category whose supplier has no agreed tolerances, in place of the company's defaults.
 */
@Entity
@Table(name = "category_match_tolerance")
public class CategoryMatchTolerance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_match_tolerance_seq")
    @SequenceGenerator(name = "category_match_tolerance_seq", sequenceName = "category_match_tolerance_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String category;

    @Embedded
    private ToleranceValues values;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CategoryMatchTolerance() {
    }

    CategoryMatchTolerance(String category) {
        this.category = category;
    }

    void replace(ToleranceValues checked, String actor) {
        this.values = checked;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    MatchTolerance toTolerance(MatchTolerance companyDefault) {
        return values.toTolerance(companyDefault);
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public ToleranceValues getValues() {
        return values;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
