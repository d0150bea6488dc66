package org.openprocure.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the document-level charges and allowances of an invoice with those its order foresaw,
 * reason by reason. A charge and an allowance of the invoice pair with the order's of the same
 * reason code, else of the same reason text, ignoring case and spacing. What earlier invoices of
 * the order already carried for a reason is taken off what the order foresaw, so freight foreseen
 * once is paid once.
 * <ul>
 * <li>A charge is a discrepancy when it exceeds what remains foreseen beyond the amount tolerance:
 * {@link DiscrepancyReason#CHARGE_NOT_ON_ORDER} when the order foresaw none of that reason, else
 * {@link DiscrepancyReason#CHARGE_ABOVE_ORDER}. A smaller or missing charge is not held against the supplier.</li>
 * <li>An allowance is a discrepancy ({@link DiscrepancyReason#ALLOWANCE_BELOW_ORDER}) when it falls
 * short of what remains foreseen beyond the amount tolerance. An allowance the order did not foresee is welcome.</li>
 * </ul>
 */
public final class ChargeComparison {

    private final MatchTolerance tolerance;

    public ChargeComparison(MatchTolerance tolerance) {
        this.tolerance = tolerance;
    }

    /** Returns one result per reason that this invoice carries or the order foresaw, the invoice's reasons first. */
    public List<ChargeMatch> compare(List<ChargeFacts> invoiced, List<ChargeFacts> earlier, List<ChargeFacts> foreseen) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        for (ChargeFacts facts : invoiced) {
            Reason reason = reason(reasons, facts, foreseen);
            reason.invoiced = reason.invoiced.add(amount(facts));
        }
        for (ChargeFacts facts : foreseen) {
            Reason reason = reason(reasons, facts, foreseen);
            reason.foreseen = reason.foreseen.add(amount(facts));
        }
        Map<String, BigDecimal> earlierByKey = new LinkedHashMap<>();
        for (ChargeFacts facts : earlier) {
            earlierByKey.merge(key(facts, foreseen), amount(facts), BigDecimal::add);
        }

        List<ChargeMatch> matches = new ArrayList<>();
        for (Map.Entry<String, Reason> entry : reasons.entrySet()) {
            Reason reason = entry.getValue();
            reason.earlier = earlierByKey.getOrDefault(entry.getKey(), BigDecimal.ZERO);
            matches.add(reason.charge ? compareCharge(reason) : compareAllowance(reason));
        }
        return matches;
    }

    private ChargeMatch compareCharge(Reason reason) {
        BigDecimal remaining = reason.remaining();
        ThreeWayMatchPolicy.Check check = ThreeWayMatchPolicy.checkAmountExcess(reason.invoiced.subtract(remaining), remaining, tolerance);
        DiscrepancyReason discrepancy = reason.foreseen.signum() == 0 ? DiscrepancyReason.CHARGE_NOT_ON_ORDER : DiscrepancyReason.CHARGE_ABOVE_ORDER;
        return reason.result(check, discrepancy);
    }

    private ChargeMatch compareAllowance(Reason reason) {
        BigDecimal remaining = reason.remaining();
        ThreeWayMatchPolicy.Check check = ThreeWayMatchPolicy.checkAmountExcess(remaining.subtract(reason.invoiced), remaining, tolerance);
        return reason.result(check, DiscrepancyReason.ALLOWANCE_BELOW_ORDER);
    }

    /** Returns the sums of the entry's reason, which takes the entry's code and text where it has none yet. */
    private static Reason reason(Map<String, Reason> reasons, ChargeFacts facts, List<ChargeFacts> foreseen) {
        Reason reason = reasons.computeIfAbsent(key(facts, foreseen), key -> new Reason(facts.charge()));
        reason.describe(facts);
        return reason;
    }

    /**
     * Returns the key that pairs the entry with the order: the key of the order's entry with the
     * same reason code, else with the same reason text, else the entry's own key.
     */
    private static String key(ChargeFacts facts, List<ChargeFacts> foreseen) {
        for (ChargeFacts order : foreseen) {
            if (order.charge() == facts.charge() && facts.reasonCode() != null && facts.reasonCode().equalsIgnoreCase(order.reasonCode())) {
                return ownKey(order);
            }
        }
        for (ChargeFacts order : foreseen) {
            if (order.charge() == facts.charge() && facts.reason() != null && normalized(facts.reason()).equals(normalized(order.reason()))) {
                return ownKey(order);
            }
        }
        return ownKey(facts);
    }

    private static String ownKey(ChargeFacts facts) {
        String side = facts.charge() ? "charge" : "allowance";
        if (facts.reasonCode() != null) {
            return side + " code " + facts.reasonCode().strip().toUpperCase(Locale.ROOT);
        }
        return side + " text " + normalized(facts.reason());
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static BigDecimal amount(ChargeFacts facts) {
        return facts.amount() == null ? BigDecimal.ZERO : facts.amount();
    }

    /** The running sums of one reason. */
    private static final class Reason {

        private final boolean charge;
        private String reasonCode;
        private String text;
        private BigDecimal invoiced = BigDecimal.ZERO;
        private BigDecimal foreseen = BigDecimal.ZERO;
        private BigDecimal earlier = BigDecimal.ZERO;

        Reason(boolean charge) {
            this.charge = charge;
        }

        void describe(ChargeFacts facts) {
            if (reasonCode == null) {
                reasonCode = facts.reasonCode();
            }
            if (text == null) {
                text = facts.reason();
            }
        }

        /** Returns what the order foresaw and earlier invoices left, never below zero. */
        BigDecimal remaining() {
            return foreseen.subtract(earlier).max(BigDecimal.ZERO);
        }

        ChargeMatch result(ThreeWayMatchPolicy.Check check, DiscrepancyReason discrepancy) {
            MatchOutcome outcome = switch (check) {
                case EXACT -> MatchOutcome.MATCHED;
                case WITHIN_TOLERANCE -> MatchOutcome.MATCHED_WITHIN_TOLERANCE;
                case BEYOND -> MatchOutcome.DISCREPANCY;
            };
            return new ChargeMatch(charge, reasonCode, text, invoiced, foreseen, earlier, outcome,
                    check == ThreeWayMatchPolicy.Check.BEYOND ? discrepancy : null);
        }
    }
}
