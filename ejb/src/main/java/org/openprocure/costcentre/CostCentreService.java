package org.openprocure.costcentre;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

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
import org.openprocure.shared.Inputs;

/** Keeps the cost centres: an administrator edits one, the ERP sends many at once. Staff read them. */
@Stateless
@PermitAll
public class CostCentreService {

    private static final Logger LOG = Logger.getLogger(CostCentreService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Creates or replaces one cost centre. */
    @RolesAllowed("administrator")
    public CostCentre save(String code, CostCentreDraft draft) {
        return write(code, draft, "");
    }

    /**
     * Creates or replaces the cost centres the ERP sends, all or none: the first bad entry stops the
     * import, and its field is named with the entry's position, such as costCentres[2].owner.
     */
    @RolesAllowed("administrator")
    public List<CostCentre> importFromErp(List<CostCentreDraft> drafts) {
        Inputs.requireEntries(drafts, "costCentres");
        List<CostCentre> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            saved.add(write(drafts.get(i).code(), drafts.get(i), "costCentres[" + i + "]."));
        }
        LOG.info(() -> saved.size() + " cost centre(s) imported from the ERP");
        return saved;
    }

    /** Returns the cost centre with this code, for the services that route work to its owner. */
    public Optional<CostCentre> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select c from CostCentre c where c.code = :code", CostCentre.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public CostCentre get(String code) {
        return find(code).orElseThrow(() -> new DocumentNotFoundException(DocumentType.COST_CENTRE, code));
    }

    /** Returns one page of the cost centres, by code; supplier users may not read them. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<CostCentre> list(int page, int size) {
        return entityManager.createQuery("select c from CostCentre c order by c.code", CostCentre.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    private CostCentre write(String code, CostCentreDraft draft, String fieldPrefix) {
        String checkedCode = Inputs.requireText(code, fieldPrefix + "code", 64);
        String actor = session.getCallerPrincipal().getName();
        CostCentre costCentre = find(checkedCode).orElseGet(() -> new CostCentre(checkedCode));
        costCentre.update(draft, actor, fieldPrefix);
        if (costCentre.getId() == null) {
            entityManager.persist(costCentre);
        }
        auditTrail.record(DocumentType.COST_CENTRE, costCentre.getId(), "SAVED", actor,
                "owner " + costCentre.getOwner() + (costCentre.isActive() ? "" : ", closed"));
        return costCentre;
    }
}
