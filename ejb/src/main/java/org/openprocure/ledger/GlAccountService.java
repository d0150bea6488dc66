package org.openprocure.ledger;

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

/** Keeps the general-ledger accounts: the ERP sends them, an administrator may edit one, staff read them. */
@Stateless
@PermitAll
public class GlAccountService {

    private static final Logger LOG = Logger.getLogger(GlAccountService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Counts of an upsert by code: accounts created and accounts replaced. */
    public record UpsertCounts(int created, int updated) {
    }

    @RolesAllowed("administrator")
    public GlAccount save(String code, GlAccountDraft draft) {
        return write(code, draft, "").account();
    }

    /**
     * Creates or replaces, by code, the accounts the ERP sends, all or none: the first bad entry
     * stops the import, and its field is named with the entry's position, such as glAccounts[2].label.
     */
    @RolesAllowed("administrator")
    public UpsertCounts importFromErp(List<GlAccountDraft> drafts) {
        Inputs.requireEntries(drafts, "glAccounts");
        int created = 0;
        for (int i = 0; i < drafts.size(); i++) {
            created += write(drafts.get(i).code(), drafts.get(i), "glAccounts[" + i + "].").created() ? 1 : 0;
        }
        int createdCount = created;
        LOG.info(() -> drafts.size() + " general-ledger account(s) imported from the ERP, " + createdCount + " new");
        return new UpsertCounts(created, drafts.size() - created);
    }

    public Optional<GlAccount> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select a from GlAccount a where a.code = :code", GlAccount.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public GlAccount get(String code) {
        return find(code).orElseThrow(() -> new DocumentNotFoundException(DocumentType.GL_ACCOUNT, code));
    }

    /** Returns one page of the accounts, by code; supplier users may not read them. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<GlAccount> list(int first, int size) {
        return entityManager.createQuery("select a from GlAccount a order by a.code", GlAccount.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    private record Written(GlAccount account, boolean created) {
    }

    private Written write(String code, GlAccountDraft draft, String fieldPrefix) {
        String checkedCode = GlAccount.checkedCode(code, fieldPrefix + "code");
        String actor = session.getCallerPrincipal().getName();
        Optional<GlAccount> existing = find(checkedCode);
        GlAccount account = existing.orElseGet(() -> new GlAccount(checkedCode));
        account.update(draft, actor, fieldPrefix);
        if (existing.isEmpty()) {
            entityManager.persist(account);
        }
        auditTrail.record(DocumentType.GL_ACCOUNT, account.getId(), "SAVED", actor, account.isActive() ? "active" : "closed");
        return new Written(account, existing.isEmpty());
    }
}
