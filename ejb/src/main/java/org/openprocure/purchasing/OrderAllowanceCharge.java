package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;

/**
 * A document-level charge or allowance that an order foresees. Reason codes follow the code lists
 * of EN 16931: UNCL7161 for charges (BT-105), whose codes are letters, and UNCL5189 for
 * allowances (BT-98), whose codes are digits. Only the form of a code is checked, not the list.
 */
@Entity
@Table(name = "order_allowance_charge")
public class OrderAllowanceCharge {

    private static final Pattern CHARGE_CODE = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern ALLOWANCE_CODE = Pattern.compile("[0-9]{1,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_allowance_charge_seq")
    @SequenceGenerator(name = "order_allowance_charge_seq", sequenceName = "order_allowance_charge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(nullable = false)
    private int position;

    @Column(name = "charge_indicator", nullable = false)
    private boolean charge;

    @Column(name = "reason_code")
    private String reasonCode;

    private String reason;

    @Column(nullable = false)
    private BigDecimal amount;

    protected OrderAllowanceCharge() {
    }

    OrderAllowanceCharge(PurchaseOrder purchaseOrder, int position, OrderChargeDraft draft) {
        String field = "allowanceCharges[" + (position + 1) + "]";
        this.purchaseOrder = purchaseOrder;
        this.position = position;
        this.charge = Inputs.requirePresent(draft.charge(), field + ".charge");
        this.reasonCode = reasonCode(draft.reasonCode(), charge, field + ".reasonCode");
        this.reason = Inputs.optionalText(draft.reason(), field + ".reason", 1000);
        if (reasonCode == null && reason == null) {
            throw new InvalidInputException("error.charge.noReason", field);
        }
        this.amount = Inputs.requireNotNegative(draft.amount(), field + ".amount");
    }

    private static String reasonCode(String value, boolean charge, String field) {
        String code = Inputs.optionalText(value, field, 16);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!(charge ? CHARGE_CODE : ALLOWANCE_CODE).matcher(upper).matches()) {
            throw new InvalidInputException(charge ? "error.charge.chargeCode" : "error.charge.allowanceCode", field, code);
        }
        return upper;
    }

    public Long getId() {
        return id;
    }

    public boolean isCharge() {
        return charge;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
