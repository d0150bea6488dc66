package org.openprocure.invoicing;

import java.math.BigDecimal;

/** Checks that an invoice from any reader fits the columns that store it, before anything is stored. */
public final class IncomingInvoiceChecks {

    private static final int IDENTIFIER_LENGTH = 1000;
    private static final int DESCRIPTION_LENGTH = 4000;
    private static final int CODE_LENGTH = 16;
    private static final int MAX_SCALE = 12;
    private static final int MAX_INTEGER_DIGITS = 26;

    private IncomingInvoiceChecks() {
    }

    /** Checks each value against the columns that store it, numeric(38, 12) and the text lengths of the schema. */
    public static IncomingInvoice checked(IncomingInvoice invoice) {
        text(invoice.number(), "BT-1", IDENTIFIER_LENGTH);
        text(invoice.precedingInvoiceNumber(), "BT-25", IDENTIFIER_LENGTH);
        text(invoice.orderReference(), "BT-13", IDENTIFIER_LENGTH);
        text(invoice.buyerReference(), "BT-10", IDENTIFIER_LENGTH);
        text(invoice.sellerName(), "BT-27", IDENTIFIER_LENGTH);
        text(invoice.sellerVatId(), "BT-31", 255);
        text(invoice.currency(), "BT-5", CODE_LENGTH);
        number(invoice.totalWithoutVat(), "BT-109");
        number(invoice.totalVat(), "BT-110");
        number(invoice.totalWithVat(), "BT-112");
        for (IncomingInvoice.Line line : invoice.lines()) {
            text(line.lineId(), "BT-126", IDENTIFIER_LENGTH);
            text(line.orderLineReference(), "BT-132", IDENTIFIER_LENGTH);
            text(line.orderReference(), "cac:OrderLineReference/cac:OrderReference/cbc:ID", IDENTIFIER_LENGTH);
            text(line.sellerItemId(), "BT-155", IDENTIFIER_LENGTH);
            text(line.description(), "BT-153", DESCRIPTION_LENGTH);
            text(line.unitCode(), "BT-130", CODE_LENGTH);
            number(line.quantity(), "BT-129");
            number(line.netPrice(), "BT-146");
            number(line.priceBaseQuantity(), "BT-149");
            number(line.netAmount(), "BT-131");
            number(line.vatRate(), "BT-152");
            for (IncomingInvoice.AllowanceCharge allowanceCharge : line.allowanceCharges()) {
                checked(allowanceCharge, "BT-140", "BT-139", "BT-136", "BT-137", "BT-138");
            }
        }
        for (IncomingInvoice.AllowanceCharge allowanceCharge : invoice.allowanceCharges()) {
            checked(allowanceCharge, "BT-98", "BT-97", "BT-92", "BT-93", "BT-94");
        }
        return invoice;
    }

    /** Checks an allowance or charge; errors name the terms of an allowance, because a charge's differ only in number. */
    private static void checked(IncomingInvoice.AllowanceCharge allowanceCharge, String codeTerm, String reasonTerm, String amountTerm,
                                String baseTerm, String percentTerm) {
        text(allowanceCharge.reasonCode(), codeTerm, CODE_LENGTH);
        text(allowanceCharge.reason(), reasonTerm, IDENTIFIER_LENGTH);
        number(allowanceCharge.amount(), amountTerm);
        number(allowanceCharge.baseAmount(), baseTerm);
        number(allowanceCharge.percentage(), percentTerm);
    }

    private static void text(String value, String term, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInvoiceDocumentException("error.invoice.tooLong", term, String.valueOf(value.length()), String.valueOf(maxLength));
        }
    }

    private static void number(BigDecimal value, String term) {
        if (value != null && (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS)) {
            throw new InvalidInvoiceDocumentException("error.invoice.outOfRange", term, value.toPlainString());
        }
    }
}
