package org.openprocure.supplier;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;

/** A supplier company. Its VAT identifier (EN 16931 BT-31) is how an incoming invoice names it. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "vat_id")
    private String vatId;

    @Column(name = "country_code")
    private String countryCode;

    protected Supplier() {
    }

    public Supplier(String name, String vatId, String countryCode) {
        this.name = Inputs.requireText(name, "name", 255);
        this.vatId = normalizedVatId(Inputs.optionalText(vatId, "vatId", 64));
        this.countryCode = Inputs.optionalCountry(countryCode, "countryCode");
    }

    /** Returns the VAT identifier without spaces, dots or dashes and in capitals, as invoices compare it. */
    public static String normalizedVatId(String vatId) {
        return vatId == null ? null : vatId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVatId() {
        return vatId;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
