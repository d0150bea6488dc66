package org.openprocure.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;

/** Keeps approval delegations: a user delegates their own tasks, an administrator anyone's. */
@Stateless
@PermitAll
public class DelegationService {

    private static final Logger LOG = Logger.getLogger(DelegationService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public ApprovalDelegation create(DelegationDraft draft) {
        Inputs.requirePresent(draft, "delegate");
        String actor = caller();
        String delegator = draft.delegator() == null || draft.delegator().isBlank()
                ? actor : Inputs.requireText(draft.delegator(), "delegator", 255);
        requireOwnOrAdministrator(delegator, actor);

        ApprovalDelegation delegation = new ApprovalDelegation(draft, delegator, actor);
        entityManager.persist(delegation);
        auditTrail.record(DocumentType.APPROVAL_DELEGATION, delegation.getId(), "CREATED", actor,
                delegator + " to " + delegation.getDelegate() + " from " + delegation.getFirstDay() + " to " + delegation.getLastDay());

        LOG.info(() -> "Approval delegation " + delegation.getId() + " created");
        return delegation;
    }

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public ApprovalDelegation cancel(long delegationId) {
        ApprovalDelegation delegation = get(delegationId);
        String actor = caller();
        requireOwnOrAdministrator(delegation.getDelegator(), actor);

        delegation.cancel(actor);
        auditTrail.record(DocumentType.APPROVAL_DELEGATION, delegation.getId(), "CANCELLED", actor);

        LOG.info(() -> "Approval delegation " + delegationId + " cancelled");
        return delegation;
    }

    /** Returns the delegations given or received by the caller, or every delegation to an administrator, newest first. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<ApprovalDelegation> list(int first, int size) {
        String caller = caller();
        boolean everyone = session.isCallerInRole("administrator");
        return entityManager.createQuery("""
                        select d from ApprovalDelegation d
                        where :everyone = true or d.delegator = :caller or d.delegate = :caller
                        order by d.id desc""", ApprovalDelegation.class)
                .setParameter("everyone", everyone)
                .setParameter("caller", caller)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Returns the users the delegate may decide for on this day. Delegations do not chain, so a
     * delegate's own delegate gets nothing.
     */
    public Set<String> delegatorsOf(String delegate, LocalDate day) {
        return entityManager.createQuery("select d from ApprovalDelegation d where d.delegate = :delegate and d.cancelledAt is null",
                        ApprovalDelegation.class)
                .setParameter("delegate", delegate)
                .getResultStream()
                .filter(delegation -> delegation.isActiveOn(day))
                .map(ApprovalDelegation::getDelegator)
                .collect(Collectors.toSet());
    }

    /** Returns the users who may decide in place of the approver on this day. */
    public List<String> delegatesOf(String approver, LocalDate day) {
        return entityManager.createQuery("select d from ApprovalDelegation d where d.delegator = :approver and d.cancelledAt is null",
                        ApprovalDelegation.class)
                .setParameter("approver", approver)
                .getResultStream()
                .filter(delegation -> delegation.isActiveOn(day))
                .map(ApprovalDelegation::getDelegate)
                .distinct()
                .toList();
    }

    private ApprovalDelegation get(long delegationId) {
        ApprovalDelegation delegation = entityManager.find(ApprovalDelegation.class, delegationId);
        if (delegation == null) {
            throw new DocumentNotFoundException(DocumentType.APPROVAL_DELEGATION, delegationId);
        }
        return delegation;
    }

    private void requireOwnOrAdministrator(String delegator, String actor) {
        if (!delegator.equals(actor) && !session.isCallerInRole("administrator")) {
            throw new DutySegregationException("error.delegation.notOwn", delegator);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
