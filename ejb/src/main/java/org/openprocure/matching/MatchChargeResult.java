package org.openprocure.matching;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The stored comparison of one reason of document-level charges or allowances; see {@link ChargeMatch} for the figures. */
@Entity
@Table(name = "match_charge_result")
public class MatchChargeResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_charge_result_seq")
    @SequenceGenerator(name = "match_charge_result_seq", sequenceName = "match_charge_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "match_result_id")
    private MatchResult result;

    @Column(nullable = false)
    private int position;

    @Column(name = "charge_indicator", nullable = false)
    private boolean charge;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "reason_text")
    private String reasonText;

    @Column(name = "invoice_amount", nullable = false)
    private BigDecimal invoiceAmount;

    @Column(name = "order_amount", nullable = false)
    private BigDecimal orderAmount;

    @Column(name = "earlier_amount", nullable = false)
    private BigDecimal earlierAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchOutcome outcome;

    @Enumerated(EnumType.STRING)
    private DiscrepancyReason reason;

    @Embedded
    private RecordedTolerance tolerance;

    protected MatchChargeResult() {
    }

    MatchChargeResult(MatchResult result, int position, ChargeMatch match, AppliedTolerance applied) {
        this.result = result;
        this.position = position;
        this.charge = match.charge();
        this.reasonCode = match.reasonCode();
        this.reasonText = match.reason();
        this.invoiceAmount = match.invoiceAmount();
        this.orderAmount = match.orderAmount();
        this.earlierAmount = match.earlierAmount();
        this.outcome = match.outcome();
        this.reason = match.discrepancy();
        this.tolerance = RecordedTolerance.of(applied);
    }

    public boolean isCharge() {
        return charge;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReasonText() {
        return reasonText;
    }

    public BigDecimal getInvoiceAmount() {
        return invoiceAmount;
    }

    public BigDecimal getOrderAmount() {
        return orderAmount;
    }

    public BigDecimal getEarlierAmount() {
        return earlierAmount;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    /** Returns the reason of a discrepancy, or null. */
    public DiscrepancyReason getReason() {
        return reason;
    }

    /** Returns the amount tolerance applied, or null when none was recorded. */
    public RecordedTolerance getTolerance() {
        return tolerance;
    }
}
