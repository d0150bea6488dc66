package org.openprocure.fulfilment.ubl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openprocure.fulfilment.OrderConfirmation;
import org.openprocure.fulfilment.OrderConfirmation.Decision;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads a UBL 2.1 OrderResponse as Peppol BIS Ordering 3 (order response transaction) defines it.
 * The OrderResponseCode (UNCL 4343 subset) decides: AP accepts the order as it is, RE rejects it,
 * and CA accepts it with the changes given per line. Each OrderLine then carries a LineStatusCode
 * (UNCL 1229 subset): 5 accepted, 7 not accepted, 3 changed, with the new Quantity, Price/PriceAmount
 * and Delivery/PromisedDeliveryPeriod. The order line is OrderLineReference/LineID, or LineItem/ID
 * when no reference is given.
 *
 * <p>A UBL 2.0 or 2.1 OrderResponseSimple applies to the whole order: AcceptedIndicator true accepts
 * every line as ordered, and false rejects the order for the reason in RejectionNote, or else in Note.
 */
public final class OrderResponseReader {

    /** The document's own ID and the confirmation it carries. */
    public record Read(String documentId, OrderConfirmation confirmation) {
    }

    private OrderResponseReader() {
    }

    public static Read read(byte[] body) {
        XmlElement root = UblValues.parse(body, "OrderResponse", "OrderResponseSimple");
        if ("OrderResponseSimple".equals(root.name())) {
            return readSimple(root);
        }
        String documentId = UblValues.requireText(root, "OrderResponse", "ID");
        String orderNumber = UblValues.requireText(root, "OrderResponse", "OrderReference", "ID");
        String note = UblValues.text(root, "Note").orElse(null);
        String code = UblValues.requireText(root, "OrderResponse", "OrderResponseCode");

        OrderConfirmation confirmation = switch (code) {
            case "AP" -> new OrderConfirmation(orderNumber, Decision.ACCEPT, note, null, List.of());
            case "RE" -> new OrderConfirmation(orderNumber, Decision.REJECT, note == null ? "OrderResponse " + documentId + " code RE" : note,
                    null, List.of());
            case "CA" -> conditionalAcceptance(root, orderNumber, note);
            default -> throw new InvalidInputException("error.ubl.responseCode", code);
        };
        return new Read(documentId, confirmation);
    }

    private static Read readSimple(XmlElement root) {
        String documentId = UblValues.requireText(root, "OrderResponseSimple", "ID");
        String orderNumber = UblValues.requireText(root, "OrderResponseSimple", "OrderReference", "ID");
        String note = UblValues.text(root, "Note").orElse(null);
        String accepted = UblValues.requireText(root, "OrderResponseSimple", "AcceptedIndicator");

        OrderConfirmation confirmation = switch (accepted) {
            case "true" -> new OrderConfirmation(orderNumber, Decision.ACCEPT, note, null, List.of());
            case "false" -> new OrderConfirmation(orderNumber, Decision.REJECT, UblValues.text(root, "RejectionNote")
                    .or(() -> Optional.ofNullable(note))
                    .orElse("OrderResponseSimple " + documentId + " not accepted"), null, List.of());
            default -> throw new InvalidInputException("error.ubl.acceptedIndicator", accepted);
        };
        return new Read(documentId, confirmation);
    }

    private static OrderConfirmation conditionalAcceptance(XmlElement root, String orderNumber, String note) {
        List<XmlElement> orderLines = root.children("OrderLine");
        if (orderLines.isEmpty()) {
            throw new InvalidInputException("error.ubl.missingElement", "OrderLine", "OrderResponse");
        }
        List<LineConfirmation> lines = new ArrayList<>();
        String currency = null;
        for (XmlElement orderLine : orderLines) {
            XmlElement item = orderLine.child("LineItem")
                    .orElseThrow(() -> new InvalidInputException("error.ubl.missingElement", "LineItem", "OrderLine"));
            String lineNumber = UblValues.text(orderLine, "OrderLineReference", "LineID")
                    .orElseGet(() -> UblValues.requireText(item, "OrderLine", "ID"));
            String where = "OrderLine " + lineNumber;
            String status = UblValues.requireText(item, where, "LineStatusCode");
            switch (status) {
                case "5" -> lines.add(new LineConfirmation(lineNumber, false, null, null, null));
                case "7" -> lines.add(new LineConfirmation(lineNumber, true, null, null, null));
                case "3" -> {
                    BigDecimal quantity = UblValues.text(item, "Quantity").map(value -> UblValues.number(value, "Quantity", where)).orElse(null);
                    LocalDate date = UblValues.text(item, "Delivery", "PromisedDeliveryPeriod", "StartDate")
                            .or(() -> UblValues.text(item, "Delivery", "PromisedDeliveryPeriod", "EndDate"))
                            .map(value -> UblValues.date(value, "PromisedDeliveryPeriod", where))
                            .orElse(null);
                    BigDecimal price = UblValues.text(item, "Price", "PriceAmount").map(value -> UblValues.number(value, "PriceAmount", where))
                            .orElse(null);
                    if (price != null) {
                        currency = item.path("Price", "PriceAmount").map(amount -> amount.attribute("currencyID")).orElse(currency);
                    }
                    lines.add(new LineConfirmation(lineNumber, false, quantity, date, price));
                }
                default -> throw new InvalidInputException("error.ubl.lineStatusCode", status, lineNumber);
            }
        }
        return new OrderConfirmation(orderNumber, Decision.BY_LINE, note, currency, lines);
    }
}
