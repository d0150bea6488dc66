package org.openprocure.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.shared.DocumentType;

/**
 * Reminds approvers of steps left open longer than their rule set's reminder delay, and
 * escalates steps left open longer than its escalation delay. {@link ApprovalDeadlineTimer} calls
 * it. Each task records its reminder and each step its escalation, so a later run sends neither again.
 */
@Stateless
@PermitAll
public class ApprovalFollowUpService {

    private static final Logger LOG = Logger.getLogger(ApprovalFollowUpService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ApprovalMailer mailer;

    /** Sends the reminders and escalations that are due at this instant, and returns how many steps it changed. */
    public int followUp(Instant now) {
        Map<Integer, RuleSetDefinition> ruleSets = new HashMap<>();
        int changed = 0;
        List<ApprovalStep> openSteps = entityManager.createQuery("select s from ApprovalStep s where s.status = :open order by s.id",
                        ApprovalStep.class)
                .setParameter("open", ApprovalStepStatus.OPEN)
                .getResultList();

        for (ApprovalStep step : openSteps) {
            PurchaseRequisition requisition = entityManager.find(PurchaseRequisition.class, step.getRequisitionId());
            Integer version = requisition.getApprovalRuleSetVersion();
            if (version == null) {
                continue;
            }
            RuleSetDefinition ruleSet = ruleSets.computeIfAbsent(version,
                    v -> entityManager.find(ApprovalRuleSet.class, v).definition());
            if (ruleSet.deadlines() != null && followUp(step, requisition, ruleSet, now)) {
                changed++;
            }
        }

        if (changed > 0) {
            int count = changed;
            LOG.info(() -> "Approval follow-up changed " + count + " open step(s)");
        }
        return changed;
    }

    private boolean followUp(ApprovalStep step, PurchaseRequisition requisition, RuleSetDefinition ruleSet, Instant now) {
        boolean changed = false;
        Duration escalationDelay = ruleSet.deadlines().escalationDelay();
        if (escalationDelay != null && step.isDueForEscalation(escalationDelay, now)) {
            escalate(step, requisition, ruleSet, now);
            changed = true;
        }
        Duration reminderDelay = ruleSet.deadlines().reminderDelay();
        if (reminderDelay != null) {
            for (ApprovalTask task : step.tasksToRemind(reminderDelay, now)) {
                task.reminded(now);
                String sent = mailer.tell(task.getApprover(), "notification.approvalReminder", step, requisition);
                auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "REMINDER_SENT", AuditTrail.SYSTEM,
                        ruleOf(step) + ", approver " + task.getApprover() + ", " + sent);
                changed = true;
            }
        }
        return changed;
    }

    /** Adds the escalation group to the step; the new tasks count as reminded, because the escalation e-mail informs them. */
    private void escalate(ApprovalStep step, PurchaseRequisition requisition, RuleSetDefinition ruleSet, Instant now) {
        List<String> candidates = ruleSet.escalationApprovers().stream()
                .filter(user -> !user.equals(requisition.getRequester()))
                .toList();
        List<String> added = step.escalate(candidates, now);

        for (ApprovalTask task : step.getTasks()) {
            if (added.contains(task.getApprover())) {
                task.reminded(now);
            }
        }
        StringBuilder detail = new StringBuilder(ruleOf(step)).append(", added ")
                .append(added.isEmpty() ? "no one, because every member already approves this step" : String.join(", ", added));
        for (String user : added) {
            detail.append("; ").append(user).append(' ').append(mailer.tell(user, "notification.approvalEscalated", step, requisition));
        }
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "STEP_ESCALATED", AuditTrail.SYSTEM, detail.toString());

        LOG.info(() -> "Requisition " + requisition.getNumber() + " step " + step.getId() + " escalated to " + added.size() + " approver(s)");
    }

    private static String ruleOf(ApprovalStep step) {
        return "rule \"" + step.getRuleName() + "\", step " + step.getPosition();
    }
}
