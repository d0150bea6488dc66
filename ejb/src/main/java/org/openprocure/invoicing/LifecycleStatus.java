package org.openprocure.invoicing;

/**
 * The invoice's status in the French e-invoicing lifecycle, with the code that platforms exchange
 * (CDAR messages). Only the statuses that the buyer's side sets here are listed.
 */
public enum LifecycleStatus {
    /** 204 Prise en charge: received and being processed. */
    TAKEN_OVER("204"),
    /** 205 Approuvée: good to pay. */
    APPROVED("205"),
    /** 207 En litige: a dispute with the supplier is open. */
    IN_DISPUTE("207"),
    /** 208 Suspendue: accounts payable put it on hold. */
    SUSPENDED("208"),
    /** 210 Refusée: a dispute ended with the invoice refused. */
    REFUSED("210"),
    /** 211 Paiement transmis: the ERP reported the invoice paid in full. */
    PAYMENT_SENT("211"),
    /** 213 Rejetée: the document fails the EN 16931 rules (or a rule set it claims) and is kept as received. */
    REJECTED("213");

    private final String code;

    LifecycleStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LifecycleStatus ofCode(String code) {
        for (LifecycleStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
