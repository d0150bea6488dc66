package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One buyer's visit to the shop, opened by a cXML PunchOutSetupRequest or an OCI call, with what
 * the cart must be returned with. Only the HTTP server's threads use it, each under the session's lock.
 */
final class ShopSession {

    private final String id;
    private final Variant.Protocol protocol;
    /** The BrowserFormPost URL or HOOK_URL, as received. */
    private final String returnUrl;
    /** The cXML BuyerCookie; null for OCI. */
    private final String buyerCookie;
    /** The OCI ~TARGET, or null. */
    private final String target;
    /** The From, To and Sender credentials of the setup request, to address the order message; null for OCI. */
    private final CxmlSetupRequest setup;
    private final Map<String, CartLine> cart = new LinkedHashMap<>();
    private final Instant created = Instant.now();
    private Set<Variant> variants;

    ShopSession(String id, Variant.Protocol protocol, String returnUrl, String buyerCookie, String target, CxmlSetupRequest setup,
                Set<Variant> variants) {
        this.id = id;
        this.protocol = protocol;
        this.returnUrl = returnUrl;
        this.buyerCookie = buyerCookie;
        this.target = target;
        this.setup = setup;
        this.variants = variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants);
    }

    String id() {
        return id;
    }

    Variant.Protocol protocol() {
        return protocol;
    }

    String returnUrl() {
        return returnUrl;
    }

    String buyerCookie() {
        return buyerCookie;
    }

    String target() {
        return target;
    }

    CxmlSetupRequest setup() {
        return setup;
    }

    Instant created() {
        return created;
    }

    synchronized Set<Variant> variants() {
        return variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants);
    }

    synchronized void useVariants(Set<Variant> chosen) {
        variants = chosen.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(chosen);
    }

    /** Adds units of the article, to a line of the same article if there is one. */
    synchronized void add(Item item, BigDecimal quantity) {
        CartLine line = cart.get(item.partId());
        cart.put(item.partId(), new CartLine(item, line == null ? quantity : line.quantity().add(quantity)));
    }

    synchronized void remove(String partId) {
        cart.remove(partId);
    }

    synchronized List<CartLine> lines() {
        return new ArrayList<>(cart.values());
    }

    synchronized BigDecimal total() {
        return cart.values().stream().map(CartLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
