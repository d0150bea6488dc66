package org.openprocure.web.approvalrules;

import java.io.Serializable;
import java.time.OffsetDateTime;

import org.openprocure.approval.ApprovalRuleSet;

/** A published version of the approval rules, as one row of the version list. */
public record RuleSetVersionRow(int version, String publishedBy, OffsetDateTime publishedAt) implements Serializable {

    static RuleSetVersionRow of(ApprovalRuleSet ruleSet) {
        return new RuleSetVersionRow(ruleSet.getVersion(), ruleSet.getPublishedBy(), ruleSet.getPublishedAt());
    }
}
