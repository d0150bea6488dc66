package org.openprocure.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.approval.ApprovalRule;
import org.openprocure.approval.ApprovalRuleSet;
import org.openprocure.approval.RuleSetDefinition;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;

/** The approval rules: an administrator publishes a new version, staff read the current one or an older one. */
@RequestScoped
@Transactional
@Path("approval-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalRuleResource {

    @Inject
    private ApprovalCircuitService approvalCircuits;

    public record RuleSetView(int version, String publishedBy, OffsetDateTime publishedAt, List<ApprovalRule> rules,
                              Map<String, List<String>> groups, String fallbackGroup) {

        static RuleSetView of(ApprovalRuleSet ruleSet) {
            RuleSetDefinition definition = ruleSet.definition();
            return new RuleSetView(ruleSet.getVersion(), ruleSet.getPublishedBy(), ruleSet.getPublishedAt(), definition.rules(),
                    definition.groups(), definition.fallbackGroup());
        }
    }

    /** Returns the version that requisitions submitted now follow. */
    @GET
    public RuleSetView current() {
        int version = approvalCircuits.current()
                .map(ApprovalRuleSet::getVersion)
                .orElseThrow(() -> new DocumentNotFoundException(DocumentType.APPROVAL_RULE_SET, "current"));
        return RuleSetView.of(approvalCircuits.get(version));
    }

    @GET
    @Path("{version}")
    public RuleSetView version(@PathParam("version") int version) {
        return RuleSetView.of(approvalCircuits.get(version));
    }

    /** Publishes the body as the next version; requisitions already submitted keep the version they started with. */
    @PUT
    public RuleSetView publish(RuleSetDefinition definition) {
        return RuleSetView.of(approvalCircuits.publish(definition));
    }
}
