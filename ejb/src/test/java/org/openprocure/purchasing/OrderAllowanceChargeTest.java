package org.openprocure.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.shared.InvalidInputException;

class OrderAllowanceChargeTest {

    @ParameterizedTest(name = "charge {0} with code {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "true,  FC,   FC",
            "true,  fc,   FC",
            "true,  ABL,  ABL",
            "false, 95,   95",
            "false, 100,  100",
            "true,  -,    -",
    })
    void acceptsCodeOfItsList(boolean charge, String code, String stored) {
        OrderAllowanceCharge entry = new OrderAllowanceCharge(null, 0, new OrderChargeDraft(charge, code, "Motif", BigDecimal.TEN));

        assertEquals(stored, entry.getReasonCode());
    }

    @ParameterizedTest(name = "charge {0} with code {1} → {2}")
    @CsvSource({
            "true,  95,   error.charge.chargeCode",
            "true,  ABCD, error.charge.chargeCode",
            "false, FC,   error.charge.allowanceCode",
            "false, 1000, error.charge.allowanceCode",
    })
    void rejectsCodeOfOtherList(boolean charge, String code, String messageKey) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new OrderAllowanceCharge(null, 1, new OrderChargeDraft(charge, code, null, BigDecimal.TEN)));

        assertEquals(messageKey, error.messageKey());
        assertEquals("The field \"allowanceCharges[2].reasonCode\" contains \"" + code + "\"", error.getMessage().substring(0, error.getMessage().indexOf(", which")));
    }

    @Test
    void needsCodeOrReason() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new OrderAllowanceCharge(null, 0, new OrderChargeDraft(true, " ", " ", BigDecimal.TEN)));

        assertEquals("error.charge.noReason", error.messageKey());
    }

    @Test
    void needsIndicatorAndAmount() {
        InvalidInputException noIndicator = assertThrows(InvalidInputException.class,
                () -> new OrderAllowanceCharge(null, 0, new OrderChargeDraft(null, "FC", null, BigDecimal.TEN)));
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> new OrderAllowanceCharge(null, 0, new OrderChargeDraft(true, "FC", null, new BigDecimal("-1"))));

        assertEquals("error.missing", noIndicator.messageKey());
        assertEquals("error.negative", negative.messageKey());
    }

    @Test
    void reasonTextAloneIsEnough() {
        OrderAllowanceCharge entry = new OrderAllowanceCharge(null, 0, new OrderChargeDraft(true, null, "Surtaxe carburant", new BigDecimal("5.50")));

        assertNull(entry.getReasonCode());
        assertEquals("Surtaxe carburant", entry.getReason());
    }
}
