package org.openprocure.approval;

import java.time.OffsetDateTime;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published version of the approval rules. Versions are numbered from 1 and never change once
 * published, so a requisition that started under one keeps following it. The validated
 * definition is stored as JSON written by JSON-B.
 */
@Entity
@Table(name = "approval_rule_set")
public class ApprovalRuleSet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    private int version;

    @Column(nullable = false)
    private String definition;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected ApprovalRuleSet() {
    }

    ApprovalRuleSet(int version, RuleSetDefinition definition, String publishedBy) {
        this.version = version;
        this.definition = JSONB.toJson(definition);
        this.publishedBy = publishedBy;
        this.publishedAt = OffsetDateTime.now();
    }

    public RuleSetDefinition definition() {
        return JSONB.fromJson(definition, RuleSetDefinition.class);
    }

    public int getVersion() {
        return version;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
