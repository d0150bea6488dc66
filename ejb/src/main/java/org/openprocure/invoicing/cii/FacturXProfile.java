package org.openprocure.invoicing.cii;

import java.util.Locale;

/**
 * The Factur-X / ZUGFeRD 2 profile a CII invoice declares in its guideline identifier (BT-24).
 * MINIMUM and BASIC WL carry no lines, so they cannot be matched line by line.
 */
public enum FacturXProfile {
    MINIMUM("MINIMUM", false),
    BASIC_WL("BASIC WL", false),
    BASIC("BASIC", true),
    EN16931("EN 16931", true),
    EXTENDED("EXTENDED", true),
    XRECHNUNG("XRechnung", true),
    OTHER("", true);

    private final String label;
    private final boolean carriesLines;

    FacturXProfile(String label, boolean carriesLines) {
        this.label = label;
        this.carriesLines = carriesLines;
    }

    /**
     * Returns the profile of a guideline identifier, such as urn:factur-x.eu:1p0:basicwl or the
     * ZUGFeRD 2.0 form urn:zugferd.de:2p0:basicwl; an unknown or absent one is OTHER.
     */
    public static FacturXProfile of(String guideline) {
        if (guideline == null) {
            return OTHER;
        }
        String id = guideline.strip().toLowerCase(Locale.ROOT);
        if (id.endsWith(":minimum")) {
            return MINIMUM;
        }
        if (id.endsWith(":basicwl")) {
            return BASIC_WL;
        }
        if (id.endsWith(":basic")) {
            return BASIC;
        }
        if (id.contains("extended")) {
            return EXTENDED;
        }
        if (id.contains("xrechnung")) {
            return XRECHNUNG;
        }
        if (id.startsWith("urn:cen.eu:en16931:2017")) {
            return EN16931;
        }
        return OTHER;
    }

    /** Returns the profile's name as the Factur-X specification writes it, empty for OTHER. */
    public String label() {
        return label;
    }

    /** Tells whether documents of this profile have invoice lines (BG-25). */
    public boolean carriesLines() {
        return carriesLines;
    }
}
