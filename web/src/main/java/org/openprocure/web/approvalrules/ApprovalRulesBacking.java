package org.openprocure.web.approvalrules;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.approval.ApprovalRuleSet;
import org.openprocure.approval.RuleSetDefinition;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs /approval-rules.xhtml: the current approval rule set as editable JSON, the list of
 * published versions, and the publication of the edited text as the next version.
 */
@Named
@ViewScoped
public class ApprovalRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the editor, where the errors of a rejected publication are shown. */
    static final String EDITOR = "rulesForm:definition";

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Inject
    private LanguageSelector language;

    private RuleSetVersionRow current;

    /** The text of the editor, kept as typed when a publication is rejected. */
    private String definition;

    private final LazyDataModel<RuleSetVersionRow> versions = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(approvalCircuits.countVersions());
        }

        @Override
        public List<RuleSetVersionRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return approvalCircuits.versions(first, pageSize).stream().map(RuleSetVersionRow::of).toList();
        }

        @Override
        public String getRowKey(RuleSetVersionRow row) {
            return Integer.toString(row.version());
        }
    };

    @PostConstruct
    void loadCurrent() {
        approvalCircuits.current().ifPresent(ruleSet -> {
            current = RuleSetVersionRow.of(ruleSet);
            definition = ruleSet.definition().toIndentedJson();
        });
    }

    public void publish() {
        try {
            ApprovalRuleSet published = approvalCircuits.publish(RuleSetDefinition.fromJson(definition));
            current = RuleSetVersionRow.of(published);
            definition = published.definition().toIndentedJson();
            inform("approvalRules.published", published.getVersion());
        } catch (BusinessException e) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, e.describe(language.getLocale()), e.fix(language.getLocale()));
            FacesContext.getCurrentInstance().addMessage(EDITOR, message);
        }
    }

    /** Puts an older version in the editor, so that publishing it makes it current again. */
    public void edit(int version) {
        definition = approvalCircuits.get(version).definition().toIndentedJson();
        inform("approvalRules.loaded", version);
    }

    private void inform(String labelKey, int version) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString(labelKey);
        String text = MessageFormat.format(pattern, Integer.toString(version));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public RuleSetVersionRow getCurrent() {
        return current;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public LazyDataModel<RuleSetVersionRow> getVersions() {
        return versions;
    }
}
