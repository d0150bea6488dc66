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
 */
public record IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference,
                              String sellerName, String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat,
                              BigDecimal totalWithVat, List<Line> lines, InvoiceKind kind, String precedingInvoiceNumber,
                              String buyerReference) {

    /** A document without a buyer reference. */
    public IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference, String sellerName,
                           String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat, BigDecimal totalWithVat, List<Line> lines,
                           InvoiceKind kind, String precedingInvoiceNumber) {
        this(number, issueDate, currency, orderReference, sellerName, sellerVatId, totalWithoutVat, totalVat, totalWithVat, lines,
                kind, precedingInvoiceNumber, null);
    }

    /** An invoice, which corrects no earlier one. */
    public IncomingInvoice(String number, LocalDate issueDate, String currency, String orderReference, String sellerName,
                           String sellerVatId, BigDecimal totalWithoutVat, BigDecimal totalVat, BigDecimal totalWithVat, List<Line> lines) {
        this(number, issueDate, currency, orderReference, sellerName, sellerVatId, totalWithoutVat, totalVat, totalWithVat, lines,
                InvoiceKind.INVOICE, null, null);
    }

    /**
     * One invoice line.
     *
     * @param orderLineReference BT-132, the order line it invoices, or null
     * @param sellerItemId       BT-155, the seller's item identifier, or null
     * @param priceBaseQuantity  BT-149, the number of units the net price is for (1 when absent)
     * @param orderReference     the purchase order this line invoices when it names its own, or null for the document's (BT-13)
     */
    public record Line(String lineId, String orderLineReference, String sellerItemId, String description,
                       BigDecimal quantity, String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity,
                       BigDecimal netAmount, BigDecimal vatRate, String orderReference) {

        /** A line of the document's order. */
        public Line(String lineId, String orderLineReference, String sellerItemId, String description, BigDecimal quantity,
                    String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity, BigDecimal netAmount, BigDecimal vatRate) {
            this(lineId, orderLineReference, sellerItemId, description, quantity, unitCode, netPrice, priceBaseQuantity, netAmount,
                    vatRate, null);
        }
    }
}
