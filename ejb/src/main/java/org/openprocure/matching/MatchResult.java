package org.openprocure.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The latest match of one invoice. A unique key allows at most one per invoice. Each run replaces
 * its lines, so a redelivered message never leaves a second result.
 */
@Entity
@Table(name = "match_result")
public class MatchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_result_seq")
    @SequenceGenerator(name = "match_result_seq", sequenceName = "match_result_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "invoice_id", nullable = false, unique = true)
    private long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchOutcome outcome;

    /** The reason that applies to the invoice as a whole, such as an unknown order. */
    @Enumerated(EnumType.STRING)
    private DiscrepancyReason reason;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    @Column(name = "run_count", nullable = false)
    private int runCount;

    @OneToMany(mappedBy = "result", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MatchLineResult> lines = new ArrayList<>();

    /** The comparison of the document-level charges and allowances with the order's, one per reason. */
    @OneToMany(mappedBy = "result", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MatchChargeResult> charges = new ArrayList<>();

    protected MatchResult() {
    }

    MatchResult(long invoiceId) {
        this.invoiceId = invoiceId;
    }

    void replace(MatchOutcome newOutcome, DiscrepancyReason newReason, List<LineMatch> lineMatches) {
        replace(newOutcome, newReason, lineMatches, List.of(), null);
    }

    /** Replaces the result, with the charge comparisons and the amount tolerance they applied. */
    void replace(MatchOutcome newOutcome, DiscrepancyReason newReason, List<LineMatch> lineMatches, List<ChargeMatch> chargeMatches,
                 AppliedTolerance chargeTolerance) {
        outcome = newOutcome;
        reason = newReason;
        matchedAt = Instant.now();
        runCount++;
        lines.clear();
        for (LineMatch match : lineMatches) {
            lines.add(new MatchLineResult(this, lines.size(), match));
        }
        charges.clear();
        for (ChargeMatch match : chargeMatches) {
            charges.add(new MatchChargeResult(this, charges.size(), match, chargeTolerance));
        }
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public DiscrepancyReason getReason() {
        return reason;
    }

    public Instant getMatchedAt() {
        return matchedAt;
    }

    public int getRunCount() {
        return runCount;
    }

    public List<MatchLineResult> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<MatchChargeResult> getCharges() {
        return Collections.unmodifiableList(charges);
    }
}
