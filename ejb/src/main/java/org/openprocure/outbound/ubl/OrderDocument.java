package org.openprocure.outbound.ubl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The content of a purchase order as the UBL writers and the printable order need it.
 *
 * @param revision           0 as issued, one more for each applied change
 * @param cancellationReason the buyer's reason when the order was cancelled, else null
 */
public record OrderDocument(String number, OffsetDateTime issuedAt, OffsetDateTime documentTime, int revision, String currency,
                            BigDecimal total, Party buyer, Party seller, String cancellationReason, List<Line> lines) {

    /** A company as UBL names it: its name, its VAT identifier or null, and its country code or null. */
    public record Party(String name, String vatId, String countryCode) {
    }

    /**
     * An order line.
     *
     * @param priceBasisQuantity the quantity the unit price is for, 1 for most lines
     * @param lineAmount         quantity × price / price basis quantity, rounded to the cent
     */
    public record Line(String lineNumber, String supplierPartNumber, String description, BigDecimal quantity, String unitCode,
                       BigDecimal unitPrice, BigDecimal priceBasisQuantity, BigDecimal lineAmount, BigDecimal vatRate,
                       LocalDate deliveryDate, String classificationDomain, String classificationCode) {
    }
}
