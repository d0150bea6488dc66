package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as a format reader understood it, with the EN 16931 business terms that matching
 * needs. Readers of UBL, CII or cXML produce it, so the domain never handles their XML types.
 *
 * @param orderReference         BT-13, the buyer's purchase order number, or null
 * @param kind                   an invoice or a credit note
 * @param precedingInvoiceNumber BT-25, the invoice a credit note corrects, or null
 * @param buyerReference         BT-10, the reference the buyer gave the seller, often a cost centre or a contact, or null
 * @param allowanceCharges       the document-level allowances (BG-20) and charges (BG-21), in document order
 */
public record IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference,
                              String sellerName, String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat,
                              BigDecimal totalWithVat, List<Line> lines, InvoiceKind kind, String precedingInvoiceNumber,
                              String buyerReference, List<AllowanceCharge> allowanceCharges) {

    /** An invoice, which corrects no earlier one and has no buyer reference and no document-level allowance or charge. */
    public IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference, String sellerName,
                           String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat, BigDecimal totalWithVat, List<Line> lines) {
        this(number, issueDate, currency, orderReference, sellerName, sellerVatId, totalWithoutVat, totalVat, totalWithVat, lines,
                InvoiceKind.INVOICE, null, null, List.of());
    }

    /** A document without a buyer reference and without document-level allowances or charges. */
    public IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference, String sellerName,
                           String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat, BigDecimal totalWithVat, List<Line> lines,
                           InvoiceKind kind, String precedingInvoiceNumber) {
        this(number, issueDate, currency, orderReference, sellerName, sellerVatId, totalWithoutVat, totalVat, totalWithVat, lines,
                kind, precedingInvoiceNumber, null, List.of());
    }

    /**
     * An allowance or a charge, on the document (BG-20, BG-21) or on a line (BG-27, BG-28), as the
     * supplier wrote it.
     *
     * @param charge     true for a charge, false for an allowance (UBL ChargeIndicator)
     * @param reasonCode UNCL5189 code of an allowance (BT-98, BT-140) or UNCL7161 code of a charge (BT-105, BT-145), or null
     * @param reason     the reason as text (BT-97, BT-104, BT-139, BT-144), or null
     * @param amount     the amount without VAT (BT-92, BT-99, BT-136, BT-141), or null
     * @param baseAmount the amount the percentage applies to (BT-93, BT-100, BT-137, BT-142), or null
     * @param percentage the percentage of the base amount (BT-94, BT-101, BT-138, BT-143), or null
     */
    public record AllowanceCharge(boolean charge, String reasonCode, String reason, BigDecimal amount, BigDecimal baseAmount,
                                  BigDecimal percentage) {
    }

    /**
     * One invoice line.
     *
     * @param orderLineReference BT-132, the order line it invoices, or null
     * @param sellerItemId       BT-155, the seller's item identifier, or null
     * @param priceBaseQuantity  BT-149, the number of units the net price is for (1 when absent)
     * @param netAmount          BT-131, after the line's allowances and charges
     * @param orderReference     the purchase order this line invoices when it names its own, or null for the document's (BT-13)
     * @param allowanceCharges   the line's allowances (BG-27) and charges (BG-28), in document order
     */
    public record Line(String lineId, String orderLineReference, String sellerItemId, String description,
                       BigDecimal quantity, String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity,
                       BigDecimal netAmount, BigDecimal vatRate, String orderReference, List<AllowanceCharge> allowanceCharges) {

        /** A line of the document's order, without allowances or charges. */
        public Line(String lineId, String orderLineReference, String sellerItemId, String description, BigDecimal quantity,
                    String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity, BigDecimal netAmount, BigDecimal vatRate) {
            this(lineId, orderLineReference, sellerItemId, description, quantity, unitCode, netPrice, priceBaseQuantity, netAmount,
                    vatRate, null, List.of());
        }
    }
}
