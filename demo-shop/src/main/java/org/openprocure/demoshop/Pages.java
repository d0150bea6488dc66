package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shop's HTML pages. Elements that tests use have stable ids: {@code qty-<part>},
 * {@code add-<part>}, {@code remove-<part>}, {@code cart}, {@code total}, {@code checkout}, and
 * {@code variant-<name>} for each test variant.
 */
final class Pages {

    private Pages() {
    }

    static String index(String language, Charset charset) {
        StringBuilder page = Html.head(language, Messages.text(language, "title"), charset);
        page.append("<h1>").append(Html.escape(Messages.text(language, "title"), charset)).append("</h1>\n<p>")
                .append(Html.escape(Messages.text(language, "index"), charset)).append("</p>\n");
        itemsTable(page, null, language, charset);
        return page.append("</body>\n</html>\n").toString();
    }

    static String shop(ShopSession session, String language, Charset charset) {
        String title = Messages.text(language, "title");
        StringBuilder page = Html.head(language, title, charset);
        page.append("<h1>").append(Html.escape(title, charset)).append("</h1>\n<p id=\"session\">");
        String about = session.protocol() == Variant.Protocol.CXML ? Messages.text(language, "session.cxml", session.setup().operation())
                : Messages.text(language, "session.oci");
        page.append(Html.escape(about, charset)).append("</p>\n");
        itemsTable(page, session, language, charset);
        cart(page, session, language, charset);
        checkout(page, session, language, charset);
        return page.append("</body>\n</html>\n").toString();
    }

    /** Lists the articles; with a session, each row has a quantity input and an add button. */
    private static void itemsTable(StringBuilder page, ShopSession session, String language, Charset charset) {
        page.append("<table id=\"items\">\n<thead><tr><th>").append(Html.escape(Messages.text(language, "part"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "description"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "price"), charset)).append("</th>");
        if (session != null) {
            page.append("<th>").append(Html.escape(Messages.text(language, "quantity"), charset)).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (Item item : Catalog.ITEMS) {
            String part = Html.escape(item.partId(), charset);
            page.append("<tr id=\"item-").append(part).append("\"><td>").append(part).append("<br><small>UNSPSC ")
                    .append(Html.escape(item.unspsc(), charset)).append("</small></td><td>").append(Html.escape(item.description(), charset));
            if (item.longText() != null) {
                page.append("<br><small>").append(Html.escape(item.longText(), charset)).append("</small>");
            }
            page.append("</td><td class=\"number\">").append(Html.escape(price(item, language), charset)).append("</td>");
            if (session != null) {
                page.append("<td><form method=\"post\" action=\"/shop/").append(session.id()).append("/add\" accept-charset=\"")
                        .append(charset.name()).append("\"><input type=\"hidden\" name=\"part\" value=\"").append(part)
                        .append("\"><input id=\"qty-").append(part).append("\" name=\"quantity\" size=\"6\" inputmode=\"decimal\" value=\"1\"")
                        .append(" aria-label=\"").append(Html.escape(Messages.text(language, "quantity"), charset)).append("\"> ")
                        .append("<button id=\"add-").append(part).append("\" type=\"submit\">").append(Html.escape(Messages.text(language, "add"), charset))
                        .append("</button></form></td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static void cart(StringBuilder page, ShopSession session, String language, Charset charset) {
        page.append("<h2>").append(Html.escape(Messages.text(language, "cart"), charset)).append("</h2>\n");
        List<CartLine> lines = session.lines();
        if (lines.isEmpty()) {
            page.append("<p id=\"cart-empty\">").append(Html.escape(Messages.text(language, "cart.empty"), charset)).append("</p>\n");
        }
        page.append("<table id=\"cart\">\n<thead><tr><th>").append(Html.escape(Messages.text(language, "part"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "description"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "quantity"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "price"), charset))
                .append("</th><th>").append(Html.escape(Messages.text(language, "amount"), charset)).append("</th><th></th></tr></thead>\n<tbody>\n");
        for (CartLine line : lines) {
            Item item = line.item();
            String part = Html.escape(item.partId(), charset);
            page.append("<tr id=\"cart-").append(part).append("\"><td>").append(part);
            if (item.auxiliaryId() != null) {
                page.append("<br><small class=\"auxiliary-id\">").append(Html.escape(item.auxiliaryId(), charset)).append("</small>");
            }
            page.append("</td><td>").append(Html.escape(item.description(), charset))
                    .append("</td><td class=\"number quantity\">").append(Html.escape(decimal(line.quantity().stripTrailingZeros(), language), charset))
                    .append(' ').append(Html.escape(item.unitCode(), charset))
                    .append("</td><td class=\"number\">").append(Html.escape(price(item, language), charset))
                    .append("</td><td class=\"number\">").append(Html.escape(decimal(line.amount(), language) + " " + item.currency(), charset))
                    .append("</td><td><form method=\"post\" action=\"/shop/").append(session.id()).append("/remove\">")
                    .append("<input type=\"hidden\" name=\"part\" value=\"").append(part).append("\"><button id=\"remove-").append(part)
                    .append("\" type=\"submit\">").append(Html.escape(Messages.text(language, "remove"), charset)).append("</button></form></td></tr>\n");
        }
        page.append("</tbody>\n</table>\n<p id=\"total\">").append(Html.escape(Messages.text(language, "total"), charset)).append(' ')
                .append(Html.escape(decimal(session.total(), language), charset)).append(" EUR</p>\n");
    }

    /** Writes the checkout form with a control for each test variant of the session's protocol, those of the session checked. */
    private static void checkout(StringBuilder page, ShopSession session, String language, Charset charset) {
        Set<Variant> chosen = session.variants();
        page.append("<form id=\"checkout-form\" method=\"post\" action=\"/shop/").append(session.id()).append("/checkout\">\n<fieldset><legend>")
                .append(Html.escape(Messages.text(language, "variants"), charset)).append("</legend>\n");
        if (session.protocol() == Variant.Protocol.CXML) {
            radios(page, Variant.Group.FIELD, "variants.field", null, chosen, language, charset);
        } else {
            radios(page, Variant.Group.PRICEUNIT, "variants.priceunit", "priceunit-as-sold", chosen, language, charset);
            radios(page, Variant.Group.LONGTEXT, "variants.longtext", null, chosen, language, charset);
        }
        page.append("<p>").append(Html.escape(Messages.text(language, "variants.other"), charset)).append("<br>");
        for (Variant variant : Variant.values()) {
            if (variant.group() == null && variant.appliesTo(session.protocol())) {
                control(page, "checkbox", "variant", variant.wireName(), variant.wireName(), chosen.contains(variant), charset);
            }
        }
        page.append("</p>\n</fieldset>\n<button id=\"checkout\" type=\"submit\">").append(Html.escape(Messages.text(language, "checkout"), charset))
                .append("</button>\n</form>\n");
    }

    /** Writes one radio button per variant of the group, the first checked unless the session chose another. */
    private static void radios(StringBuilder page, Variant.Group group, String legendKey, String defaultName, Set<Variant> chosen,
                               String language, Charset charset) {
        page.append("<p>").append(Html.escape(Messages.text(language, legendKey), charset)).append("<br>");
        String name = "variant-" + group.name().toLowerCase(Locale.ROOT);
        boolean anyChosen = chosen.stream().anyMatch(variant -> variant.group() == group);
        boolean first = true;
        if (defaultName != null) {
            control(page, "radio", name, defaultName, Messages.text(language, defaultName), !anyChosen, charset);
            first = false;
        }
        for (Variant variant : Variant.values()) {
            if (variant.group() == group) {
                control(page, "radio", name, variant.wireName(), variant.wireName(),
                        chosen.contains(variant) || (first && !anyChosen), charset);
                first = false;
            }
        }
        page.append("</p>\n");
    }

    private static void control(StringBuilder page, String type, String name, String value, String label, boolean checked, Charset charset) {
        String escapedValue = Html.escape(value, charset);
        page.append("<label><input type=\"").append(type).append("\" id=\"variant-").append(escapedValue).append("\" name=\"")
                .append(name).append("\" value=\"").append(escapedValue).append('"').append(checked ? " checked" : "").append("> ")
                .append(Html.escape(label, charset)).append("</label> ");
    }

    /**
     * Writes the page that posts the cart to the buyer: a form that submits itself, with a button
     * for browsers without JavaScript. {@code accept-charset} makes the browser encode the fields
     * in the page's charset.
     */
    static String returnForm(String action, String target, List<Map.Entry<String, String>> fields, String language, Charset charset) {
        StringBuilder page = Html.head(language, Messages.text(language, "title"), charset);
        page.append("<form id=\"return-form\" method=\"post\" action=\"").append(Html.escape(action, charset)).append("\" accept-charset=\"")
                .append(charset.name()).append('"');
        if (target != null && !target.isEmpty()) {
            page.append(" target=\"").append(Html.escape(target, charset)).append('"');
        }
        page.append(">\n");
        for (Map.Entry<String, String> field : fields) {
            page.append("<input type=\"hidden\" name=\"").append(Html.escape(field.getKey(), charset)).append("\" value=\"")
                    .append(Html.escape(field.getValue(), charset)).append("\">\n");
        }
        page.append("<p>").append(Html.escape(Messages.text(language, "returning"), charset)).append("</p>\n<button id=\"transfer\" type=\"submit\">")
                .append(Html.escape(Messages.text(language, "send"), charset)).append("</button>\n</form>\n")
                .append("<script>document.getElementById('return-form').submit();</script>\n</body>\n</html>\n");
        return page.toString();
    }

    static String error(String language, String message, String sessionId, Charset charset) {
        String title = Messages.text(language, "error");
        StringBuilder page = Html.head(language, title, charset);
        page.append("<h1>").append(Html.escape(title, charset)).append("</h1>\n<p id=\"error\" class=\"error\">")
                .append(Html.escape(message, charset)).append("</p>\n");
        if (sessionId != null) {
            page.append("<p><a id=\"back\" href=\"/shop/").append(sessionId).append("\">").append(Html.escape(Messages.text(language, "back"), charset))
                    .append("</a></p>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** Writes the price with its basis, such as "12,50 EUR pour 1000 EA". */
    private static String price(Item item, String language) {
        String basis = item.priceBasis().compareTo(BigDecimal.ONE) == 0 ? "" : " " + Messages.text(language, "per") + " "
                + item.priceBasis().stripTrailingZeros().toPlainString();
        return decimal(item.unitPrice(), language) + " " + item.currency() + basis + (basis.isEmpty() ? " / " : " ") + item.unitCode();
    }

    /** Writes a decimal with a comma in French and a point in English, without grouping. */
    static String decimal(BigDecimal value, String language) {
        String text = value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        return "fr".equals(language) ? text.replace('.', ',') : text;
    }
}
