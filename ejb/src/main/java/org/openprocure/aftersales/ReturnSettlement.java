package org.openprocure.aftersales;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settlement of one order line's returns by credit notes and replacement deliveries. It derives
 * from the line's counters alone, so the result does not depend on which document arrived first.
 * <ul>
 * <li>The quantity that credit notes took back from the line settles the returns awaiting a credit
 * note first, oldest return first. Only the rest of it frees invoiced quantity for new invoices.</li>
 * <li>The accepted quantity beyond what the supplier is expected to deliver settles the returns
 * awaiting a replacement, oldest first.</li>
 * </ul>
 * The three-way match takes {@link #withheldQuantity()} off the accepted quantity, so returned
 * goods are never paid twice and the supplier is never asked to credit them twice.
 */
public final class ReturnSettlement {

    /** A return that is not cancelled, as the settlement counts it. */
    public record Claim(long id, ReturnRemedy remedy, BigDecimal quantity) {
    }

    /** The settlement of an order line without returns. */
    public static final ReturnSettlement NONE = new ReturnSettlement(Map.of(), BigDecimal.ZERO, BigDecimal.ZERO);

    private final Map<Long, BigDecimal> settledByClaim;
    private final BigDecimal withheld;
    private final BigDecimal settledByCredit;

    private ReturnSettlement(Map<Long, BigDecimal> settledByClaim, BigDecimal withheld, BigDecimal settledByCredit) {
        this.settledByClaim = settledByClaim;
        this.withheld = withheld;
        this.settledByCredit = settledByCredit;
    }

    /**
     * Settles the returns of one order line.
     *
     * @param claims   the line's returns that are not cancelled, oldest first
     * @param credited quantity that credit notes took back from the line
     * @param accepted accepted quantity of the line, replacement deliveries included
     * @param expected quantity the supplier is expected to deliver: confirmed, or ordered until confirmed
     */
    public static ReturnSettlement of(List<Claim> claims, BigDecimal credited, BigDecimal accepted, BigDecimal expected) {
        BigDecimal creditLeft = credited.max(BigDecimal.ZERO);
        BigDecimal replacementLeft = accepted.subtract(expected).max(BigDecimal.ZERO);
        BigDecimal withheld = BigDecimal.ZERO;
        BigDecimal settledByCredit = BigDecimal.ZERO;
        Map<Long, BigDecimal> settled = new HashMap<>();

        for (Claim claim : claims) {
            if (claim.remedy() == ReturnRemedy.CREDIT_NOTE) {
                BigDecimal covered = claim.quantity().min(creditLeft);
                creditLeft = creditLeft.subtract(covered);
                settledByCredit = settledByCredit.add(covered);
                withheld = withheld.add(claim.quantity().subtract(covered));
                settled.put(claim.id(), covered);
            } else {
                // The replacement arrives as a new receipt that raises the accepted quantity, so the
                // returned units stay withheld even once replaced: only the new units may be billed.
                BigDecimal covered = claim.quantity().min(replacementLeft);
                replacementLeft = replacementLeft.subtract(covered);
                withheld = withheld.add(claim.quantity());
                settled.put(claim.id(), covered);
            }
        }
        return new ReturnSettlement(settled, withheld, settledByCredit);
    }

    /** Returns the quantity of the return that credit notes or replacement deliveries cover, zero for a return not counted here. */
    public BigDecimal settled(long claimId) {
        return settledByClaim.getOrDefault(claimId, BigDecimal.ZERO);
    }

    /**
     * Returns the accepted quantity that invoices may not bill because of returns: every unit
     * returned for a replacement, and every unit returned for a credit note that no credit covers yet.
     */
    public BigDecimal withheldQuantity() {
        return withheld;
    }

    /** Returns the credited quantity that settles returns, and so frees no invoiced quantity. */
    public BigDecimal settledByCredit() {
        return settledByCredit;
    }
}
