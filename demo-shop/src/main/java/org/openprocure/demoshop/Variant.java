package org.openprocure.demoshop;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A way of returning the cart that real catalogs use or get wrong, so that tests and people can
 * check how the buyer system receives it. Variants of one {@link Group} exclude each other; the
 * others combine freely. Each variant is named on the wire by {@link #wireName()}, in a
 * {@code variant} parameter that may repeat or list several names separated by commas.
 */
public enum Variant {

    CXML_URLENCODED("cxml-urlencoded", Protocol.CXML, Group.FIELD),
    CXML_URLENCODED_MIXED_CASE("cXML-urlencoded", Protocol.CXML, Group.FIELD),
    CXML_URLENCODED_UPPER_CASE("CXML-URLENCODED", Protocol.CXML, Group.FIELD),
    CXML_BASE64("cxml-base64", Protocol.CXML, Group.FIELD),
    CXML_BASE64_MIXED_CASE("cXML-base64", Protocol.CXML, Group.FIELD),
    /** The cXML text URL-encoded once more before it goes into the form, so the buyer decodes {@code %3C...}. */
    DOUBLE_ENCODED("double-encoded", Protocol.CXML, null),
    /** A BuyerCookie other than the one of the setup request. */
    WRONG_COOKIE("wrong-cookie", Protocol.CXML, null),

    COMMA_DECIMALS("comma-decimals", Protocol.OCI, null),
    /** Numbers zero-padded to 15 characters with 3 decimals, such as {@code 00000000016.180}. */
    PADDED_NUMBERS("padded-numbers", Protocol.OCI, null),
    /** Every price stated per 1,000 units. */
    PRICEUNIT_1000("priceunit-1000", Protocol.OCI, Group.PRICEUNIT),
    /** PRICEUNIT sent empty, which means 1, with the price of one unit. */
    PRICEUNIT_EMPTY("priceunit-empty", Protocol.OCI, Group.PRICEUNIT),
    /** No PRICEUNIT field, which means 1, with the price of one unit. */
    PRICEUNIT_MISSING("priceunit-missing", Protocol.OCI, Group.PRICEUNIT),
    /** The checkout page and its form in ISO-8859-1, so the browser posts Latin-1 bytes without naming the charset. */
    LATIN1("latin1", Protocol.OCI, null),
    INDEX_FROM_0("index-from-0", Protocol.OCI, null),
    /** Item indexes 1, 3, 5 and so on. */
    INDEX_GAPS("index-gaps", Protocol.OCI, null),
    /** The long text as {@code NEW_ITEM-LONGTEXT_1:132[]}, as the OCI specification writes it. */
    LONGTEXT_SPEC("longtext-spec", Protocol.OCI, Group.LONGTEXT),
    /** The long text as {@code NEW_ITEM-LONGTEXT_1:132}. */
    LONGTEXT_NO_BRACKETS("longtext-no-brackets", Protocol.OCI, Group.LONGTEXT),
    /** The long text as {@code NEW_ITEM-LONGTEXT[1]}. */
    LONGTEXT_INDEX("longtext-index", Protocol.OCI, Group.LONGTEXT),

    /** A return address whose last path segment, the buyer's session token, is replaced by an unknown one. */
    UNKNOWN_TOKEN("unknown-token", null, null);

    /** The two protocols of a session; a variant without one applies to both. */
    public enum Protocol {
        CXML, OCI
    }

    /** Variants of one group exclude each other; the first of a group is its default. */
    public enum Group {
        FIELD, PRICEUNIT, LONGTEXT
    }

    private final String wireName;
    private final Protocol protocol;
    private final Group group;

    Variant(String wireName, Protocol protocol, Group group) {
        this.wireName = wireName;
        this.protocol = protocol;
        this.group = group;
    }

    public String wireName() {
        return wireName;
    }

    public Group group() {
        return group;
    }

    public boolean appliesTo(Protocol sessionProtocol) {
        return protocol == null || protocol == sessionProtocol;
    }

    /**
     * Finds the variant by its wire name. The five cXML field spellings differ only in letter case,
     * so they match exactly; the other names match in any case. {@code base64} is short for
     * {@code cxml-base64} and {@code priceunit-as-sold} is the default price unit.
     */
    public static Optional<Variant> byName(String name) {
        String trimmed = name.strip();
        if (trimmed.equalsIgnoreCase("base64")) {
            return Optional.of(CXML_BASE64);
        }
        for (Variant variant : values()) {
            if (variant.wireName.equals(trimmed)) {
                return Optional.of(variant);
            }
        }
        return Arrays.stream(values())
                .filter(variant -> variant.group != Group.FIELD && variant.wireName.equals(trimmed.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * Parses names, each possibly a comma-separated list, into a set. A later variant of a group
     * replaces an earlier one.
     *
     * @throws UnknownVariantException naming the first unknown name
     */
    public static Set<Variant> parse(Collection<String> names) {
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        for (String list : names) {
            for (String name : list.split(",")) {
                if (name.isBlank() || name.strip().equalsIgnoreCase("priceunit-as-sold")) {
                    continue;
                }
                Variant variant = byName(name).orElseThrow(() -> new UnknownVariantException(name.strip()));
                if (variant.group != null) {
                    variants.removeIf(other -> other.group == variant.group);
                }
                variants.add(variant);
            }
        }
        return variants;
    }

    /** A variant name that the shop does not know. */
    public static final class UnknownVariantException extends IllegalArgumentException {

        private final String name;

        UnknownVariantException(String name) {
            super("Unknown variant: " + name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
