package org.openprocure.web.punchout;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.punchout.PunchOutSettings;
import org.openprocure.punchout.PunchOutSettingsDraft;
import org.openprocure.punchout.PunchOutSettingsService;
import org.openprocure.shared.BusinessException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;
import org.openprocure.web.LanguageSelector;

/**
 * Backs /punch-out-settings.xhtml, for administrators: a supplier's punch-out settings. The secret
 * fields are write-only: the page shows whether a secret is stored, and an empty field keeps it.
 */
@Named
@ViewScoped
public class PunchOutSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The supplier list of the page's select; NOTE: a company with more suppliers needs a search field instead. */
    private static final int MAX_SUPPLIERS = 500;

    @Inject
    private PunchOutSettingsService punchOutSettings;

    @Inject
    private SupplierService suppliers;

    @Inject
    private LanguageSelector language;

    private Long supplierId;
    private String protocol = "CXML";
    private String url;
    private String fromDomain = "NetworkID";
    private String fromIdentity;
    private String toDomain = "DUNS";
    private String toIdentity;
    private String senderDomain = "NetworkID";
    private String senderIdentity;
    private String sharedSecret;
    private boolean sharedSecretSet;
    private String ociParameters;
    private String ociPassword;
    private boolean ociPasswordSet;
    private boolean saved;

    /** Shows the stored settings of the chosen supplier, or empty fields when it has none. */
    public void load() {
        sharedSecret = null;
        ociPassword = null;
        if (supplierId == null) {
            return;
        }
        punchOutSettings.find(supplierId).ifPresentOrElse(this::show, this::clear);
    }

    public void save() {
        try {
            Map<String, String> parameters = parameters();
            if (!blank(ociPassword)) {
                parameters.put(PunchOutSettings.OCI_PASSWORD, ociPassword);
            }
            PunchOutSettingsDraft draft = new PunchOutSettingsDraft(protocol, url, fromDomain, fromIdentity, toDomain, toIdentity, senderDomain,
                    senderIdentity, blank(sharedSecret) ? null : sharedSecret, parameters);
            show(punchOutSettings.save(supplierId, draft));
            inform("punchOutSettings.saved");
        } catch (BusinessException e) {
            fail(e);
        } finally {
            sharedSecret = null;
            ociPassword = null;
        }
    }

    public void delete() {
        try {
            punchOutSettings.delete(supplierId);
            clear();
            inform("punchOutSettings.deleted");
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public List<Supplier> getSuppliers() {
        return suppliers.list(0, MAX_SUPPLIERS);
    }

    private void show(PunchOutSettings settings) {
        saved = true;
        protocol = settings.getProtocol().name();
        url = settings.getUrl();
        fromDomain = settings.getFromDomain();
        fromIdentity = settings.getFromIdentity();
        toDomain = settings.getToDomain();
        toIdentity = settings.getToIdentity();
        senderDomain = settings.getSenderDomain();
        senderIdentity = settings.getSenderIdentity();
        sharedSecretSet = settings.isSharedSecretSet();
        ociPasswordSet = settings.isOciPasswordSet();
        StringBuilder lines = new StringBuilder();
        settings.getOciParameters().forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        ociParameters = lines.toString();
    }

    private void clear() {
        saved = false;
        url = null;
        fromIdentity = null;
        toIdentity = null;
        senderIdentity = null;
        sharedSecretSet = false;
        ociPasswordSet = false;
        ociParameters = null;
    }

    /** Reads the OCI parameters typed one NAME=value per line. */
    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (ociParameters == null) {
            return parameters;
        }
        for (String line : ociParameters.split("\\R")) {
            if (!line.isBlank()) {
                String[] nameValue = line.split("=", 2);
                parameters.put(nameValue[0].strip(), nameValue.length > 1 ? nameValue[1].strip() : "");
            }
        }
        return parameters;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private void inform(String labelKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = context.getApplication().getResourceBundle(context, "label").getString(labelKey);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void fail(BusinessException error) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(language.getLocale()), error.fix(language.getLocale()));
        FacesContext.getCurrentInstance().addMessage(null, message);
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getFromDomain() {
        return fromDomain;
    }

    public void setFromDomain(String fromDomain) {
        this.fromDomain = fromDomain;
    }

    public String getFromIdentity() {
        return fromIdentity;
    }

    public void setFromIdentity(String fromIdentity) {
        this.fromIdentity = fromIdentity;
    }

    public String getToDomain() {
        return toDomain;
    }

    public void setToDomain(String toDomain) {
        this.toDomain = toDomain;
    }

    public String getToIdentity() {
        return toIdentity;
    }

    public void setToIdentity(String toIdentity) {
        this.toIdentity = toIdentity;
    }

    public String getSenderDomain() {
        return senderDomain;
    }

    public void setSenderDomain(String senderDomain) {
        this.senderDomain = senderDomain;
    }

    public String getSenderIdentity() {
        return senderIdentity;
    }

    public void setSenderIdentity(String senderIdentity) {
        this.senderIdentity = senderIdentity;
    }

    /** Always empty on the page: a stored secret is never sent back to the browser. */
    public String getSharedSecret() {
        return null;
    }

    public void setSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    public boolean isSharedSecretSet() {
        return sharedSecretSet;
    }

    public String getOciParameters() {
        return ociParameters;
    }

    public void setOciParameters(String ociParameters) {
        this.ociParameters = ociParameters;
    }

    /** Always empty on the page, like the shared secret. */
    public String getOciPassword() {
        return null;
    }

    public void setOciPassword(String ociPassword) {
        this.ociPassword = ociPassword;
    }

    public boolean isOciPasswordSet() {
        return ociPasswordSet;
    }

    public boolean isSaved() {
        return saved;
    }
}
