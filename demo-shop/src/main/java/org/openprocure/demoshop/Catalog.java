package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The six articles the demo shop sells, in euros. */
public final class Catalog {

    /** Priced per 1,000 pieces, so that a buyer who ignores the price basis gets an amount 1,000 times too high. */
    public static final String SCREWS = "VIS-4X40";
    /** Carries a long text and a configuration key as auxiliary id. */
    public static final String CHAIR = "CHAISE-ERGO";

    public static final List<Item> ITEMS = List.of(
            new Item("HDMI-2M", "HDMI-2M/V2", "Câble HDMI 2 m", null, "EA",
                    new BigDecimal("8.90"), "EUR", BigDecimal.ONE, "26121609", 2),
            new Item("STYLO-BLEU-50", "STYLO-BLEU-50/BOITE", "Stylos à bille bleus, boîte de 50", null, "BX",
                    new BigDecimal("12.40"), "EUR", BigDecimal.ONE, "44121704", 3),
            new Item("CAFE-ARABICA-1KG", "CAFE-ARABICA-1KG/LOT-2026-11", "Café en grains arabica, torréfié", null, "KGM",
                    new BigDecimal("18.50"), "EUR", BigDecimal.ONE, "50201706", 5),
            new Item(SCREWS, "VIS-4X40/ZINGUE", "Vis à bois 4 × 40 mm, zinguées", null, "EA",
                    new BigDecimal("12.50"), "EUR", new BigDecimal("1000"), "31161501", 4),
            new Item(CHAIR, "cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui",
                    "Chaise de bureau ergonomique", """
                    Chaise de bureau ergonomique à dossier résille, soutien lombaire réglable, accoudoirs 3D, \
                    têtière amovible et assise à translation, livrée montée, garantie 5 ans, pièces et travail compris.""",
                    "EA", new BigDecimal("249.00"), "EUR", BigDecimal.ONE, "56112104", 10),
            new Item("ECRAN-27-QHD", "ECRAN-27-QHD/PIED-REGLABLE", "Écran 27 pouces QHD, pied réglable", """
                    Écran IPS 27 pouces, 2560 × 1440 pixels, pied réglable en hauteur et pivotant, \
                    entrées HDMI et DisplayPort, câble HDMI fourni.""",
                    "EA", new BigDecimal("289.90"), "EUR", BigDecimal.ONE, "43211902", 7));

    private Catalog() {
    }

    public static Optional<Item> find(String partId) {
        return ITEMS.stream().filter(item -> item.partId().equals(partId)).findFirst();
    }
}
