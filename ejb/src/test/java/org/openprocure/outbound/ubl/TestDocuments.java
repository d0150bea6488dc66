package org.openprocure.outbound.ubl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Orders and receipts for the tests of the writers: two lines, one priced per 1000 pieces. */
public final class TestDocuments {

    public static final OffsetDateTime ISSUED = OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 0, ZoneOffset.UTC);

    private TestDocuments() {
    }

    public static OrderDocument order(int revision, String cancellationReason) {
        return new OrderDocument("PO-000042", ISSUED, ISSUED.plusHours(1), revision, "EUR", new BigDecimal("1258.13"),
                new OrderDocument.Party("ACME France", null, null), new OrderDocument.Party("Bureau Fournitures SA", "FR23412345678", "FR"),
                cancellationReason, List.of(
                        new OrderDocument.Line("1", "CH-200", "Chaise de bureau ergonomique", new BigDecimal("5"), "C62",
                                new BigDecimal("249.00"), BigDecimal.ONE, new BigDecimal("1245.00"), new BigDecimal("20"),
                                LocalDate.of(2027, 1, 15), "UNSPSC", "56112104"),
                        new OrderDocument.Line("2", "VIS-M4", "Vis inox M4", new BigDecimal("1050"), "H87", new BigDecimal("12.5"),
                                new BigDecimal("1000"), new BigDecimal("13.13"), new BigDecimal("20"), null, null, null)));
    }

    public static ReceiptDocument receipt() {
        return new ReceiptDocument("GR-000007", ISSUED.plusDays(3), "PO-000042", new OrderDocument.Party("ACME France", null, null),
                new OrderDocument.Party("Bureau Fournitures SA", "FR23412345678", "FR"), List.of(
                        new ReceiptDocument.Line("1", "1", "CH-200", "Chaise de bureau ergonomique", "C62", new BigDecimal("5"),
                                new BigDecimal("4"), new BigDecimal("1"), null),
                        new ReceiptDocument.Line("2", "2", "VIS-M4", "Vis inox M4", "H87", new BigDecimal("1050"), new BigDecimal("1050"),
                                BigDecimal.ZERO, "LOT-2026-11")));
    }
}
