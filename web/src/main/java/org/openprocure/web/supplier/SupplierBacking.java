package org.openprocure.web.supplier;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.outbound.OrderChannelService;
import org.openprocure.outbound.SupplierOrderChannel;
import org.openprocure.shared.BusinessException;
import org.openprocure.supplier.BankDetailsChange;
import org.openprocure.supplier.BankDetailsService;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierDraft;
import org.openprocure.supplier.SupplierService;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.PageMessages;

/**
 * Backs /supplier.xhtml: registers a supplier when there is no id parameter, else edits one, shows
 * the channel it receives its orders on and its bank details changes, which a buyer who did not
 * request a pending change approves or rejects.
 */
@Named
@ViewScoped
public class SupplierBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bank details changes the page shows, newest first. */
    private static final int CHANGES_SHOWN = 20;

    @Inject
    private SupplierService suppliers;

    @Inject
    private OrderChannelService orderChannels;

    @Inject
    private BankDetailsService bankDetails;

    @Inject
    private LanguageSelector language;

    private Long id;
    private String code;
    private String name;
    private String vatId;
    private String countryCode;
    private String contactEmail;
    private String contactLanguage = "fr";
    private ChannelSummary channel;
    private List<BankChangeRow> bankChanges = List.of();
    private String rejectionReason;

    /** The channel the supplier receives its orders on. The page never reads the shared secret itself. */
    public record ChannelSummary(String channel, String endpointUrl, boolean sharedSecretSet, String updatedBy, LocalDateTime updatedAt)
            implements Serializable {
    }

    /** A bank details change, which shows only the end of the IBAN. */
    public record BankChangeRow(long id, String ibanEnding, String bic, String accountHolder, String status, String requestedBy,
                                LocalDateTime requestedAt, String decidedBy, String rejectionReason) implements Serializable {

        static BankChangeRow of(BankDetailsChange change) {
            return new BankChangeRow(change.getId(), change.getIbanEnding(), change.getBic(), change.getAccountHolder(),
                    change.getStatus().name(), change.getRequestedBy(), local(change.getRequestedAt()), change.getDecidedBy(),
                    change.getRejectionReason());
        }
    }

    /** Reads the supplier named by the id parameter, or leaves the form empty to register a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            Supplier supplier = suppliers.get(id);
            code = supplier.getCode();
            name = supplier.getName();
            vatId = supplier.getVatId();
            countryCode = supplier.getCountryCode();
            contactEmail = supplier.getContactEmail();
            contactLanguage = supplier.getContactLanguage();
            SupplierOrderChannel stored = orderChannels.get(id);
            channel = new ChannelSummary(stored.getChannel().name(), stored.getEndpointUrl(), stored.isSharedSecretSet(), stored.getUpdatedBy(),
                    local(stored.getUpdatedAt()));
            bankChanges = bankDetails.list(id, 0, CHANGES_SHOWN).stream().map(BankChangeRow::of).toList();
        } catch (BusinessException e) {
            id = null;
            PageMessages.fail(e, language.getLocale(), Map.of());
        }
    }

    /** Registers the supplier and opens its page, or stores the edited values. An error shows next to its field. */
    public void save() throws IOException {
        SupplierDraft draft = new SupplierDraft(code, name, vatId, countryCode, contactEmail, contactLanguage);
        try {
            if (id == null) {
                Supplier created = suppliers.register(draft);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                PageMessages.inform("supplier.registered", created.getName());
                external.redirect(external.getRequestContextPath() + "/supplier.xhtml?id=" + created.getId());
                return;
            }
            Supplier updated = suppliers.update(id, draft);
            PageMessages.inform("supplier.saved", updated.getName());
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), fields());
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("code", "name", "vatId", "countryCode", "contactEmail", "contactLanguage")) {
            fields.put(field, "supplierForm:" + field);
        }
        return fields;
    }

    public void approveBankChange(long changeId) {
        try {
            bankDetails.approve(id, changeId);
            PageMessages.inform("supplier.bankChange.approved", String.valueOf(changeId));
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), Map.of());
        }
    }

    public void rejectBankChange(long changeId) {
        try {
            bankDetails.reject(id, changeId, rejectionReason);
            rejectionReason = null;
            PageMessages.inform("supplier.bankChange.rejected", String.valueOf(changeId));
            load();
        } catch (BusinessException e) {
            PageMessages.fail(e, language.getLocale(), Map.of("reason", "supplierForm:rejectionReason"));
        }
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactLanguage() {
        return contactLanguage;
    }

    public void setContactLanguage(String contactLanguage) {
        this.contactLanguage = contactLanguage;
    }

    public ChannelSummary getChannel() {
        return channel;
    }

    public List<BankChangeRow> getBankChanges() {
        return bankChanges;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
