package org.openprocure.user;

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

/** Keeps the product's user records: an administrator edits one, the ERP sends many at once. */
@Stateless
@PermitAll
public class UserAccountService {

    private static final Logger LOG = Logger.getLogger(UserAccountService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Creates or replaces the record of one user. */
    @RolesAllowed("administrator")
    public UserAccount save(UserAccountDraft draft) {
        return write(draft, UserAccountSource.ADMINISTRATOR, "");
    }

    /**
     * Creates or replaces the records the ERP sends, all or none: the first bad entry stops the
     * import, and its field is named with the entry's position, such as users[3].approvalLimit.
     */
    @RolesAllowed("administrator")
    public List<UserAccount> importFromErp(List<UserAccountDraft> drafts) {
        Inputs.requireEntries(drafts, "users");
        List<UserAccount> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            saved.add(write(drafts.get(i), UserAccountSource.ERP, "users[" + i + "]."));
        }
        LOG.info(() -> saved.size() + " user record(s) imported from the ERP");
        return saved;
    }

    /** Counts of an upsert: records created and records updated. */
    public record UpsertCounts(int created, int updated) {
    }

    /**
     * Sets the approval limits the ERP sends, creating the record of a user it names for the first
     * time, all or none: the first bad entry stops the import, named such as approvalLimits[1].approvalCurrency.
     */
    @RolesAllowed("administrator")
    public UpsertCounts importApprovalLimits(List<ApprovalLimitDraft> drafts) {
        Inputs.requireEntries(drafts, "approvalLimits");
        String actor = session.getCallerPrincipal().getName();
        int created = 0;
        for (int i = 0; i < drafts.size(); i++) {
            String prefix = "approvalLimits[" + i + "].";
            String username = Inputs.requireText(drafts.get(i).username(), prefix + "username", 255);
            Optional<UserAccount> existing = find(username);
            UserAccount account = existing.orElseGet(() -> new UserAccount(username));
            account.updateApprovalLimit(drafts.get(i), actor, prefix);
            if (existing.isEmpty()) {
                entityManager.persist(account);
                created++;
            }
            auditTrail.record(DocumentType.USER_ACCOUNT, account.getId(), "SAVED", actor, "ERP, " + describeLimit(account));
        }
        int createdCount = created;
        LOG.info(() -> drafts.size() + " approval limit(s) imported from the ERP, " + createdCount + " new user record(s)");
        return new UpsertCounts(created, drafts.size() - created);
    }

    private static String describeLimit(UserAccount account) {
        return account.getApprovalLimit() == null ? "no approval limit"
                : "approval limit " + account.getApprovalLimit().toPlainString() + " " + account.getApprovalCurrency();
    }

    public Optional<UserAccount> find(String username) {
        return entityManager.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed("administrator")
    public UserAccount get(String username) {
        return find(username).orElseThrow(() -> new DocumentNotFoundException(DocumentType.USER_ACCOUNT, username));
    }

    @RolesAllowed("administrator")
    public List<UserAccount> list(int page, int size) {
        return entityManager.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    private UserAccount write(UserAccountDraft draft, UserAccountSource source, String fieldPrefix) {
        String username = Inputs.requireText(draft.username(), fieldPrefix + "username", 255);
        String actor = session.getCallerPrincipal().getName();
        UserAccount account = find(username).orElseGet(() -> new UserAccount(username));
        account.update(draft, source, actor, fieldPrefix);
        if (!entityManager.contains(account)) {
            entityManager.persist(account);
        }
        auditTrail.record(DocumentType.USER_ACCOUNT, account.getId(), "SAVED", actor, source + ", " + describeLimit(account));
        return account;
    }
}
