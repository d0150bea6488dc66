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

/**
 * A supplier company. Its code binds supplier users to it, through the supplier_id attribute of the
 * user in Keycloak. Its VAT identifier (EN 16931 BT-31) is how an incoming invoice names it. The
 * contact is the address the product writes to, in the contact's language.
 */
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

    private String code;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_language")
    private String contactLanguage;

    private String iban;

    private String bic;

    @Column(name = "account_holder")
    private String accountHolder;

    @Column(name = "vat_id")
    private String vatId;

    @Column(name = "country_code")
    private String countryCode;

    protected Supplier() {
    }

    /** Starts a supplier that the ERP sends; {@link #updateFromErp} sets and checks its values. */
    Supplier(String code) {
        this.code = code;
    }

    public Supplier(SupplierDraft draft) {
        this.code = Inputs.requireCode(draft.code(), "code");
        this.name = Inputs.requireText(draft.name(), "name", 255);
        this.vatId = normalizedVatId(Inputs.optionalText(draft.vatId(), "vatId", 64));
        this.countryCode = Inputs.optionalCountry(draft.countryCode(), "countryCode");
        this.contactEmail = Inputs.optionalEmail(draft.contactEmail(), "contactEmail");
        this.contactLanguage = Inputs.language(draft.contactLanguage(), "contactLanguage");
    }

    /**
     * Replaces the values the ERP keeps for the supplier: name, VAT identifier, country and contact.
     * The code stays, and so do the bank details, which change only through an approved change.
     */
    void updateFromErp(SupplierDraft draft, String fieldPrefix) {
        this.name = Inputs.requireText(draft.name(), fieldPrefix + "name", 255);
        this.vatId = normalizedVatId(Inputs.optionalText(draft.vatId(), fieldPrefix + "vatId", 64));
        this.countryCode = Inputs.optionalCountry(draft.countryCode(), fieldPrefix + "countryCode");
        this.contactEmail = Inputs.optionalEmail(draft.contactEmail(), fieldPrefix + "contactEmail");
        this.contactLanguage = Inputs.language(draft.contactLanguage(), fieldPrefix + "contactLanguage");
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

    public String getCode() {
        return code;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** Returns fr or en; suppliers registered before contacts existed are written to in French. */
    public String getContactLanguage() {
        return contactLanguage == null ? "fr" : contactLanguage;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    /** Replaces the account the supplier is paid to; only an approved {@link BankDetailsChange} calls this. */
    void replaceBankDetails(BankDetails details) {
        this.iban = details.iban();
        this.bic = details.bic();
        this.accountHolder = details.accountHolder();
    }
}
