package org.openprocure.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnSettlementTest {

    /**
     * One or two returns on a line of 10 expected. Each row gives the first return's remedy and
     * quantity, the second's (or none), and the quantities credited and accepted. It then gives what
     * each return has settled, what the match withholds and how much of the credit the returns take.
     */
    @ParameterizedTest(name = "{0} {1} and {2} {3}, credited {4}, accepted {5} → settled {6} and {7}, withheld {8}, credit taken {9}")
    @CsvSource(nullValues = "-", value = {
            "CREDIT_NOTE, 3, -,           -, 0,  10, 0, -, 3, 0",
            "CREDIT_NOTE, 3, -,           -, 3,  10, 3, -, 0, 3",
            "CREDIT_NOTE, 3, -,           -, 5,  10, 3, -, 0, 3",
            "CREDIT_NOTE, 3, -,           -, 1,  10, 1, -, 2, 1",
            "CREDIT_NOTE, 2, CREDIT_NOTE, 3, 4,  10, 2, 2, 1, 4",
            "REPLACEMENT, 3, -,           -, 0,  10, 0, -, 3, 0",
            "REPLACEMENT, 3, -,           -, 0,  13, 3, -, 3, 0",
            "REPLACEMENT, 3, -,           -, 0,  12, 2, -, 3, 0",
            "REPLACEMENT, 3, -,           -, 3,  10, 0, -, 3, 0",
            "CREDIT_NOTE, 2, REPLACEMENT, 3, 2,  13, 2, 3, 3, 2",
            "REPLACEMENT, 2, REPLACEMENT, 3, 0,  13, 2, 1, 5, 0",
    })
    void settlesOldestReturnFirst(ReturnRemedy firstRemedy, String firstQuantity, ReturnRemedy secondRemedy, String secondQuantity,
                                  String credited, String accepted, String firstSettled, String secondSettled, String withheld,
                                  String creditTaken) {
        List<ReturnSettlement.Claim> claims = new ArrayList<>();
        claims.add(new ReturnSettlement.Claim(1, firstRemedy, new BigDecimal(firstQuantity)));
        if (secondRemedy != null) {
            claims.add(new ReturnSettlement.Claim(2, secondRemedy, new BigDecimal(secondQuantity)));
        }

        ReturnSettlement settlement = ReturnSettlement.of(claims, new BigDecimal(credited), new BigDecimal(accepted), BigDecimal.TEN);

        assertEquals(0, new BigDecimal(firstSettled).compareTo(settlement.settled(1)), "first return settled " + settlement.settled(1));
        if (secondSettled != null) {
            assertEquals(0, new BigDecimal(secondSettled).compareTo(settlement.settled(2)), "second return settled " + settlement.settled(2));
        }
        assertEquals(0, new BigDecimal(withheld).compareTo(settlement.withheldQuantity()), "withheld " + settlement.withheldQuantity());
        assertEquals(0, new BigDecimal(creditTaken).compareTo(settlement.settledByCredit()), "credit taken " + settlement.settledByCredit());
    }

    @Test
    void lineWithoutReturnsHoldsNothingBack() {
        ReturnSettlement settlement = ReturnSettlement.of(List.of(), BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);

        assertEquals(0, settlement.withheldQuantity().signum());
        assertEquals(0, settlement.settledByCredit().signum());
        assertEquals(0, settlement.settled(1).signum());
    }
}
