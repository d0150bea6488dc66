package org.openprocure.punchout.cxml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openprocure.punchout.Cart;
import org.openprocure.punchout.CartLine;
import org.openprocure.punchout.CartNumbers;
import org.openprocure.shared.InvalidInputException;

/**
 * Reads the cart of a cXML PunchOutOrderMessage: ItemIn (ItemID, ItemDetail) per line, with the
 * element order and content of cXML.dtd 1.2. The root element name is matched in any letter case,
 * because some shops write {@code <cxml>}.
 */
public final class PunchOutOrderMessageReader {

    private PunchOutOrderMessageReader() {
    }

    public static Cart read(XmlElement root) {
        if (!root.name().equalsIgnoreCase("cXML")) {
            throw new InvalidInputException("error.punchOut.notOrderMessage", root.name());
        }
        XmlElement message = root.path("Message", "PunchOutOrderMessage")
                .orElseThrow(() -> new InvalidInputException("error.punchOut.notOrderMessage", root.name()));
        String buyerCookie = message.child("BuyerCookie").map(cookie -> cookie.allText().strip()).orElse(null);

        List<CartLine> lines = new ArrayList<>();
        for (XmlElement item : message.children("ItemIn")) {
            lines.add(line(item, lines.size() + 1));
        }
        return new Cart(buyerCookie, lines);
    }

    private static CartLine line(XmlElement item, int number) {
        BigDecimal quantity = CartNumbers.required(item.attribute("quantity"), "ItemIn@quantity", number);
        XmlElement itemId = required(item.child("ItemID"), "ItemID", number);
        String partId = requiredText(itemId.child("SupplierPartID"), "SupplierPartID", number);
        String auxiliaryId = itemId.child("SupplierPartAuxiliaryID").map(XmlElement::allText).filter(text -> !text.isBlank()).orElse(null);

        XmlElement detail = required(item.child("ItemDetail"), "ItemDetail", number);
        XmlElement money = required(detail.path("UnitPrice", "Money"), "UnitPrice/Money", number);
        BigDecimal price = CartNumbers.required(money.allText(), "UnitPrice/Money", number);
        String currency = money.attribute("currency");
        String unit = requiredText(detail.child("UnitOfMeasure"), "UnitOfMeasure", number);

        BigDecimal priceBasis = BigDecimal.ONE;
        Optional<XmlElement> basis = detail.child("PriceBasisQuantity");
        if (basis.isPresent()) {
            priceBasis = CartNumbers.required(basis.get().attribute("quantity"), "PriceBasisQuantity@quantity", number);
        }

        String domain = null;
        String code = null;
        Optional<XmlElement> classification = detail.child("Classification");
        if (classification.isPresent()) {
            domain = classification.get().attribute("domain");
            code = classification.get().allText().strip();
        }

        Description description = description(detail, number);
        return new CartLine(partId, auxiliaryId, description.shortText(), description.longText(), quantity, unit, price, currency,
                priceBasis, domain, code == null || code.isEmpty() ? null : code);
    }

    /**
     * Splits a cXML Description. Its ShortName is the short text and its own text the long one.
     * Without a ShortName, its own text is the short text.
     */
    private static Description description(XmlElement detail, int number) {
        XmlElement element = required(detail.child("Description"), "Description", number);
        String own = element.text().strip();
        Optional<String> shortName = element.child("ShortName").map(name -> name.allText().strip()).filter(text -> !text.isEmpty());
        if (shortName.isPresent()) {
            return new Description(shortName.get(), own.isEmpty() ? null : own);
        }
        if (own.isEmpty()) {
            throw new InvalidInputException("error.punchOut.missingField", "Description", String.valueOf(number));
        }
        return new Description(own, null);
    }

    private record Description(String shortText, String longText) {
    }

    private static XmlElement required(Optional<XmlElement> element, String name, int number) {
        return element.orElseThrow(() -> new InvalidInputException("error.punchOut.missingField", name, String.valueOf(number)));
    }

    private static String requiredText(Optional<XmlElement> element, String name, int number) {
        String text = required(element, name, number).allText().strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("error.punchOut.missingField", name, String.valueOf(number));
        }
        return text;
    }
}
