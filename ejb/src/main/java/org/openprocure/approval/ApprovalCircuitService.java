package org.openprocure.approval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.openprocure.audit.AuditTrail;
import org.openprocure.costcentre.CostCentre;
import org.openprocure.costcentre.CostCentreService;
import org.openprocure.platform.Settings;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLine;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.Money;
import org.openprocure.shared.UniqueViolation;

/**
 * Publishes approval rule sets and runs a submitted requisition through the chain of steps that
 * the current rule set gives it. The requisition service calls it and keeps the requisition's own
 * status; this service keeps the steps, tasks and their audit entries.
 */
@Stateless
@PermitAll
public class ApprovalCircuitService {

    private static final Logger LOG = Logger.getLogger(ApprovalCircuitService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CostCentreService costCentres;

    @Inject
    private DelegationService delegations;

    @Inject
    private ApprovalMailer mailer;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Validates the rules and stores them as the next version, which applies to requisitions submitted from now on. */
    @RolesAllowed("administrator")
    public ApprovalRuleSet publish(RuleSetDefinition definition) {
        Inputs.requirePresent(definition, "rules").validated();
        String actor = session.getCallerPrincipal().getName();
        int version = current().map(ApprovalRuleSet::getVersion).orElse(0) + 1;

        ApprovalRuleSet ruleSet = new ApprovalRuleSet(version, definition, actor);
        entityManager.persist(ruleSet);
        flushRejectingConcurrentPublication(version);
        auditTrail.record(DocumentType.APPROVAL_RULE_SET, version, "PUBLISHED", actor, definition.rules().size() + " rule(s)");

        LOG.info(() -> "Approval rule set version " + version + " published");
        return ruleSet;
    }

    /**
     * Writes the new version now, so that a publication of the same version that committed in the
     * meantime fails here with a clear conflict instead of a server error at commit.
     */
    private void flushRejectingConcurrentPublication(int version) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new DuplicateDocumentException("error.approvalRule.concurrentPublication", String.valueOf(version));
            }
            throw e;
        }
    }

    /** Returns the newest published rule set, or none before the first publication. */
    public Optional<ApprovalRuleSet> current() {
        return entityManager.createQuery("select r from ApprovalRuleSet r order by r.version desc", ApprovalRuleSet.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public ApprovalRuleSet get(int version) {
        ApprovalRuleSet ruleSet = entityManager.find(ApprovalRuleSet.class, version);
        if (ruleSet == null) {
            throw new DocumentNotFoundException(DocumentType.APPROVAL_RULE_SET, version);
        }
        return ruleSet;
    }

    /** Returns one page of the published versions, newest first. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<ApprovalRuleSet> versions(int first, int size) {
        return entityManager.createQuery("select r from ApprovalRuleSet r order by r.version desc", ApprovalRuleSet.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public long countVersions() {
        return entityManager.createQuery("select count(r) from ApprovalRuleSet r", Long.class).getSingleResult();
    }

    /**
     * Plans the chain of a submitted requisition under the current rule set and opens its first
     * steps. Returns the version it follows, or none when no rule set is published yet.
     */
    public Optional<Integer> start(PurchaseRequisition requisition) {
        Optional<ApprovalRuleSet> current = current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ApprovalRuleSet ruleSet = current.get();
        List<PlannedStep> chain = ruleSet.definition().chainFor(facts(requisition, requisition.totalIn(settings.companyCurrency())));

        for (PlannedStep planned : chain) {
            entityManager.persist(new ApprovalStep(requisition.getId(), 1, planned));
        }
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "APPROVAL_CIRCUIT_STARTED", AuditTrail.SYSTEM,
                "rule set version " + ruleSet.getVersion() + ", " + chain.size() + " step(s)");
        openNextSteps(requisition);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " follows approval rule set version " + ruleSet.getVersion());
        return Optional.of(ruleSet.getVersion());
    }

    /**
     * Plans a new round of steps for a requisition whose order change waits for approval, with the
     * total it would have and without the buyer who asked for the change, and opens its first steps. The chain follows the rule set version the
     * requisition started with, or the current one when it was decided without rules. Returns the
     * version it follows, or none when it has none and no rule set is published yet.
     */
    public Optional<Integer> restart(PurchaseRequisition requisition, Money total, String changeRequester, String reason) {
        Integer started = requisition.getApprovalRuleSetVersion();
        Optional<ApprovalRuleSet> found = started == null ? current() : Optional.of(entityManager.find(ApprovalRuleSet.class, started));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApprovalRuleSet ruleSet = found.get();
        int round = stepsOf(requisition.getId()).stream().mapToInt(ApprovalStep::getRound).max().orElse(0) + 1;
        List<PlannedStep> chain = ruleSet.definition().chainFor(facts(requisition, total), changeRequester);

        for (PlannedStep planned : chain) {
            entityManager.persist(new ApprovalStep(requisition.getId(), round, planned));
        }
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "APPROVAL_CIRCUIT_RESTARTED", AuditTrail.SYSTEM,
                "rule set version " + ruleSet.getVersion() + ", round " + round + ", " + chain.size() + " step(s), " + reason);
        openNextSteps(requisition);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " back to approval, round " + round + ", rule set version " + ruleSet.getVersion());
        return Optional.of(ruleSet.getVersion());
    }

    /**
     * Records the actor's approval on each open step where they, or an approver who delegated to
     * them, have an open task, and opens the next steps when those at the current position are all
     * approved. The comment, which may be null, is kept on each task decided. Returns whether the whole chain is now approved.
     */
    public boolean approve(PurchaseRequisition requisition, String actor, String comment) {
        Set<String> actingFor = actingFor(actor);
        List<ApprovalStep> steps = openStepsOf(requisition, actor, actingFor);

        for (ApprovalStep step : steps) {
            String detail = describe(step) + onBehalf(step, actor, actingFor);
            boolean complete = step.approve(actor, actingFor, comment);
            auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "STEP_APPROVED", actor,
                    withComment(detail + (complete ? ", step complete" : ", step waits for other approvers"), comment));
        }

        return openNextSteps(requisition);
    }

    /** Records the actor's rejection with its reason, which rejects their step and cancels every step not ended yet. */
    public void reject(PurchaseRequisition requisition, String actor, String reason) {
        Set<String> actingFor = actingFor(actor);
        List<ApprovalStep> steps = openStepsOf(requisition, actor, actingFor);

        for (ApprovalStep step : steps) {
            String detail = describe(step) + onBehalf(step, actor, actingFor);
            step.reject(actor, actingFor, reason);
            auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "STEP_REJECTED", actor, detail);
        }
        stepsOf(requisition.getId()).forEach(ApprovalStep::cancel);
    }

    /** Returns an audit detail followed by the approver's comment, either of which may be null. */
    public static String withComment(String detail, String comment) {
        if (comment == null) {
            return detail;
        }
        return detail == null ? "comment: " + comment : detail + ", comment: " + comment;
    }

    /** Returns the requisition's steps by position, empty when it follows no rule set. */
    public List<ApprovalStep> stepsOf(long requisitionId) {
        return entityManager.createQuery(
                        "select s from ApprovalStep s where s.requisitionId = :requisitionId order by s.position, s.id", ApprovalStep.class)
                .setParameter("requisitionId", requisitionId)
                .getResultList();
    }

    /** Returns the approvers who hold the requisition now: those with an open task in an open step. */
    public List<String> holders(long requisitionId) {
        return stepsOf(requisitionId).stream()
                .flatMap(step -> step.pendingApprovers().stream())
                .distinct()
                .toList();
    }

    /** Returns who may decide today in place of each approver the requisition waits for; approvers without a delegate are left out. */
    public Map<String, List<String>> delegatesOfHolders(long requisitionId) {
        Map<String, List<String>> delegates = new TreeMap<>();
        LocalDate today = LocalDate.now();
        for (String holder : holders(requisitionId)) {
            List<String> names = delegations.delegatesOf(holder, today);
            if (!names.isEmpty()) {
                delegates.put(holder, names);
            }
        }
        return delegates;
    }

    /** Returns one page of the requisitions awaiting the caller's decision, with what an inbox shows of each. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<InboxEntry> inbox(int first, int size) {
        String currency = settings.companyCurrency();
        return awaitingMyApproval(first, size).stream()
                .map(id -> entityManager.find(PurchaseRequisition.class, id))
                .map(r -> new InboxEntry(r.getId(), r.getNumber(), r.getTitle(), r.getRequester(), r.totalUnderApproval(currency),
                        r.getCreatedAt(), r.getLines().stream().map(RequisitionLine::getCostCentre).distinct().sorted().toList()))
                .toList();
    }

    /** Returns the requisition's approval steps so far, each with its approvers and their decisions, for an approver to read. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<StepHistory> history(long requisitionId) {
        return stepsOf(requisitionId).stream().map(StepHistory::of).toList();
    }

    /** Counts the requisitions that {@link #awaitingMyApproval} lists. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public long countAwaitingMyApproval() {
        return entityManager.createQuery("""
                        select count(distinct s.requisitionId) from ApprovalStep s join s.tasks t
                        where s.status = :open and t.status = :openTask and t.approver in :approvers""", Long.class)
                .setParameter("open", ApprovalStepStatus.OPEN)
                .setParameter("openTask", ApprovalTaskStatus.OPEN)
                .setParameter("approvers", actingFor(session.getCallerPrincipal().getName()))
                .getSingleResult();
    }

    /** Returns the ids of the requisitions that wait for the caller's decision, or for one of an approver who delegated to them, oldest first. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<Long> awaitingMyApproval(int first, int size) {
        return entityManager.createQuery("""
                        select distinct s.requisitionId from ApprovalStep s join s.tasks t
                        where s.status = :open and t.status = :openTask and t.approver in :approvers
                        order by s.requisitionId""", Long.class)
                .setParameter("open", ApprovalStepStatus.OPEN)
                .setParameter("openTask", ApprovalTaskStatus.OPEN)
                .setParameter("approvers", actingFor(session.getCallerPrincipal().getName()))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Returns the open steps where the actor, or someone they act for, has an open task. The
     * requisition's version is incremented, so that two approvers deciding at the same moment
     * cannot both read a step as incomplete: the second one fails and may retry.
     */
    private List<ApprovalStep> openStepsOf(PurchaseRequisition requisition, String actor, Set<String> actingFor) {
        entityManager.lock(requisition, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<ApprovalStep> steps = stepsOf(requisition.getId()).stream()
                .filter(step -> !step.openApproversAmong(actingFor).isEmpty())
                .toList();
        if (steps.isEmpty()) {
            throw new DutySegregationException("error.approval.noOpenTask", requisition.getNumber(), actor,
                    String.join(", ", holders(requisition.getId())));
        }
        return steps;
    }

    /** Returns the actor and every approver whose active delegation today names the actor. */
    private Set<String> actingFor(String actor) {
        Set<String> users = new TreeSet<>(delegations.delegatorsOf(actor, LocalDate.now()));
        users.add(actor);
        return users;
    }

    private static String onBehalf(ApprovalStep step, String actor, Set<String> actingFor) {
        List<String> others = step.openApproversAmong(actingFor).stream().filter(approver -> !approver.equals(actor)).toList();
        return others.isEmpty() ? "" : ", on behalf of " + String.join(", ", others) + " by delegation";
    }

    /**
     * Opens the steps of the latest round at the lowest position still waiting, unless a step is
     * open. Returns whether every step of that round is approved.
     */
    private boolean openNextSteps(PurchaseRequisition requisition) {
        List<ApprovalStep> all = stepsOf(requisition.getId());
        int latest = all.stream().mapToInt(ApprovalStep::getRound).max().orElse(1);
        List<ApprovalStep> steps = all.stream().filter(step -> step.getRound() == latest).toList();
        if (steps.stream().anyMatch(ApprovalStep::isOpen)) {
            return false;
        }
        Optional<Integer> next = steps.stream()
                .filter(step -> step.getStatus() == ApprovalStepStatus.WAITING)
                .map(ApprovalStep::getPosition)
                .min(Integer::compare);
        if (next.isEmpty()) {
            return steps.stream().allMatch(step -> step.getStatus() == ApprovalStepStatus.APPROVED);
        }
        for (ApprovalStep step : steps) {
            if (step.getPosition() == next.get()) {
                open(step, requisition);
            }
        }
        return false;
    }

    /** Opens the step and e-mails each of its approvers. */
    private void open(ApprovalStep step, PurchaseRequisition requisition) {
        step.open();
        StringBuilder detail = new StringBuilder(describe(step)).append(", ").append(step.getMode()).append(" of ")
                .append(String.join(", ", step.pendingApprovers()));
        for (String approver : step.pendingApprovers()) {
            detail.append("; ").append(approver).append(' ').append(mailer.tell(approver, "notification.approvalRequested", step, requisition));
        }
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "STEP_OPENED", AuditTrail.SYSTEM, detail.toString());
    }

    private RequisitionFacts facts(PurchaseRequisition requisition, Money total) {
        List<RequisitionLine> lines = requisition.getLines();
        Set<String> codes = lines.stream().map(RequisitionLine::getCostCentre).collect(Collectors.toCollection(TreeSet::new));
        Set<String> categories = lines.stream().map(RequisitionLine::getCategory).filter(c -> c != null).collect(Collectors.toSet());
        Set<Long> suppliers = lines.stream().map(line -> line.getSupplier().getId()).collect(Collectors.toSet());
        Map<String, String> owners = new HashMap<>();
        for (String code : codes) {
            costCentres.find(code).filter(CostCentre::isActive).ifPresent(costCentre -> owners.put(code, costCentre.getOwner()));
        }
        return new RequisitionFacts(requisition.getRequester(), total, codes, categories, suppliers, owners);
    }

    private static String describe(ApprovalStep step) {
        return "rule \"" + step.getRuleName() + "\", step " + step.getPosition() + (step.isFallback() ? " (fallback group)" : "");
    }
}
