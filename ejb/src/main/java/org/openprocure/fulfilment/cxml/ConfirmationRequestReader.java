package org.openprocure.fulfilment.cxml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openprocure.fulfilment.OrderConfirmation;
import org.openprocure.fulfilment.OrderConfirmation.Decision;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads a cXML ConfirmationRequest (Fulfill.dtd of cXML 1.2) into an {@link OrderConfirmation}.
 *
 * <p>The header type decides the scope: {@code accept} and {@code reject} cover the whole order;
 * {@code detail} and {@code allDetail} cover the lines listed, and {@code except} the lines listed
 * with every other line accepted as ordered. A ConfirmationItem carries one or more
 * ConfirmationStatus whose quantities add up to the item's quantity, such as 3 accept and 2 reject.
 * The line is confirmed for what is not rejected: accept, detail and backordered quantities. A
 * status may change the unit price (UnitPrice/Money, for the order line's price basis quantity)
 * and the delivery date ({@code deliveryDate}).
 */
public final class ConfirmationRequestReader {

    private ConfirmationRequestReader() {
    }

    public static OrderConfirmation read(XmlElement request) {
        XmlElement header = request.child("ConfirmationHeader")
                .orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "ConfirmationHeader", "ConfirmationRequest"));
        String orderNumber = request.child("OrderReference")
                .map(reference -> CxmlValues.requireAttribute(reference, "orderID", "OrderReference"))
                .orElseThrow(() -> new InvalidInputException("error.cxml.missingElement", "OrderReference", "ConfirmationRequest"));
        String operation = CxmlValues.optionalAttribute(header, "operation");
        if (operation != null && !"new".equals(operation)) {
            throw new InvalidInputException("error.cxml.confirmationOperation", operation);
        }
        String type = CxmlValues.requireAttribute(header, "type", "ConfirmationHeader");
        String note = header.child("Comments").map(CxmlValues::text).orElse(null);

        return switch (type) {
            case "accept" -> new OrderConfirmation(orderNumber, Decision.ACCEPT, note, null, List.of());
            case "reject" -> new OrderConfirmation(orderNumber, Decision.REJECT,
                    note == null ? "ConfirmationRequest type reject" : note, null, List.of());
            case "detail", "allDetail" -> byLine(request, orderNumber, Decision.BY_LINE, note);
            case "except" -> byLine(request, orderNumber, Decision.EXCEPT, note);
            default -> throw new InvalidInputException("error.cxml.confirmationType", type);
        };
    }

    private static OrderConfirmation byLine(XmlElement request, String orderNumber, Decision decision, String note) {
        List<XmlElement> items = request.children("ConfirmationItem");
        if (items.isEmpty() && decision == Decision.BY_LINE) {
            throw new InvalidInputException("error.cxml.missingElement", "ConfirmationItem", "ConfirmationRequest");
        }
        List<LineConfirmation> lines = new ArrayList<>();
        String currency = null;
        for (XmlElement item : items) {
            ItemAnswer answer = readItem(item);
            lines.add(answer.confirmation());
            if (answer.currency() != null) {
                if (currency != null && !currency.equals(answer.currency())) {
                    throw new InvalidInputException("error.cxml.currencies", currency, answer.currency());
                }
                currency = answer.currency();
            }
        }
        return new OrderConfirmation(orderNumber, decision, note, currency, lines);
    }

    private record ItemAnswer(LineConfirmation confirmation, String currency) {
    }

    private static ItemAnswer readItem(XmlElement item) {
        String lineNumber = CxmlValues.requireAttribute(item, "lineNumber", "ConfirmationItem");
        String where = "ConfirmationItem lineNumber=\"" + lineNumber + "\"";
        BigDecimal itemQuantity = CxmlValues.requireNumber(item, "quantity", where);
        List<XmlElement> statuses = item.children("ConfirmationStatus");
        if (statuses.isEmpty()) {
            throw new InvalidInputException("error.cxml.missingElement", "ConfirmationStatus", where);
        }

        BigDecimal confirmed = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        LocalDate latestDate = null;
        BigDecimal price = null;
        String currency = null;
        for (XmlElement status : statuses) {
            String type = CxmlValues.requireAttribute(status, "type", where + " ConfirmationStatus");
            BigDecimal quantity = CxmlValues.requireNumber(status, "quantity", where + " ConfirmationStatus");
            if (quantity.signum() < 0) {
                throw new InvalidInputException("error.cxml.number", "quantity", where + " ConfirmationStatus", quantity.toPlainString());
            }
            total = total.add(quantity);
            switch (type) {
                case "reject" -> {
                    // Rejected goods add nothing to the confirmed quantity.
                }
                case "accept", "detail", "allDetail", "backordered" -> {
                    confirmed = confirmed.add(quantity);
                    LocalDate date = CxmlValues.optionalDate(status, "deliveryDate", where + " ConfirmationStatus");
                    if (date != null && (latestDate == null || date.isAfter(latestDate))) {
                        latestDate = date;
                    }
                    XmlElement money = status.path("UnitPrice", "Money").orElse(null);
                    if (money != null) {
                        BigDecimal statusPrice = CxmlValues.number(money.allText(), "UnitPrice/Money", where);
                        if (price != null && price.compareTo(statusPrice) != 0) {
                            throw new InvalidInputException("error.cxml.twoPrices", lineNumber, price.toPlainString(), statusPrice.toPlainString());
                        }
                        price = statusPrice;
                        currency = CxmlValues.optionalAttribute(money, "currency");
                    }
                }
                default -> throw new InvalidInputException("error.cxml.statusType", type, lineNumber);
            }
        }
        if (total.compareTo(itemQuantity) != 0) {
            throw new InvalidInputException("error.cxml.statusQuantities", lineNumber, total.stripTrailingZeros().toPlainString(),
                    itemQuantity.stripTrailingZeros().toPlainString());
        }

        if (confirmed.signum() == 0) {
            return new ItemAnswer(new LineConfirmation(lineNumber, true, null, null, null), null);
        }
        // NOTE: the order line keeps one confirmed date, so goods split over several dates (such as
        // accept now and backordered later) are confirmed for the latest of them.
        return new ItemAnswer(new LineConfirmation(lineNumber, false, confirmed, latestDate, price), currency);
    }
}
