package org.openprocure.user;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * Erases a user's personal data while the records stay readable. The user name is replaced by one
 * pseudonym, {@code erased-user-<id of the user record>}, in every column that names a user, and in
 * the text of audit entries, so the trail still shows the same person acting throughout. The
 * display name and e-mail address are removed from the user record. The e-mails sent to the
 * address lose their recipient, subject and body. Audit entries are never deleted.
 */
@Stateless
@RolesAllowed("administrator")
public class PersonalDataErasureService {

    /**
     * Every column that contains a user name, as table.column. A table added later that stores user
     * names must be listed here too.
     */
    static final List<String> USER_NAME_COLUMNS = List.of(
            "audit_entry.actor",
            "user_account.updated_by",
            "purchase_requisition.requester", "purchase_requisition.decided_by",
            "purchase_order.issued_by", "purchase_order_change.requested_by", "purchase_order_change.decided_by",
            "shipping_notice.sent_by", "goods_receipt.posted_by",
            "supplier_invoice.received_by", "supplier_invoice.routed_by", "supplier_invoice.approval_decided_by",
            "supplier_invoice.discrepancy_accepted_by",
            "invoice_dispute.opened_by", "invoice_dispute.resolved_by", "invoice_payment.recorded_by",
            "bank_details_change.requested_by", "bank_details_change.decided_by",
            "cost_centre.owner_username", "cost_centre.updated_by",
            "supplier_match_tolerance.updated_by", "category_match_tolerance.updated_by", "supplier_unit_conversion.updated_by",
            "approval_rule_set.published_by", "approval_task.approver", "approval_task.decided_by",
            "approval_delegation.delegator", "approval_delegation.delegate", "approval_delegation.created_by",
            "approval_delegation.cancelled_by",
            "catalog_version.imported_by", "supplier_punch_out.updated_by", "punch_out_session.requester",
            "return_claim.created_by", "return_claim.cancelled_by",
            "webhook_subscription.created_by", "gl_account.updated_by",
            "purchase_order.cancelled_by", "supplier_order_channel.updated_by", "supplier_cxml_credential.updated_by",
            "discussion_message.author", "discussion_message.resolved_by", "discussion_mention.username", "discussion_read_mark.username");

    static final String ERASED_TEXT = "(erased)";

    private static final Logger LOG = Logger.getLogger(PersonalDataErasureService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserAccountService users;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Result of an erasure: the pseudonym and the number of rows rewritten per table.column. */
    public record Erasure(String pseudonym, Instant erasedAt, Map<String, Integer> rowsChanged) {
    }

    public Erasure erase(String username) {
        UserAccount account = users.get(username);
        if (account.getErasedAt() != null) {
            throw new TransitionNotAllowedException(DocumentType.USER_ACCOUNT, account.getUsername(), UserAccountState.ERASED, "erase");
        }
        String pseudonym = pseudonym(account.getId());
        String email = account.getEmail();
        String displayName = account.getDisplayName();
        String actor = session.getCallerPrincipal().getName();
        Map<String, Integer> changed = new LinkedHashMap<>();

        entityManager.flush();
        for (String column : USER_NAME_COLUMNS) {
            changed.put(column, replaceUserName(column, username, pseudonym));
        }
        changed.put("audit_entry.detail", replaceInAuditDetails(username, pseudonym));
        changed.put("notification", eraseNotifications(email, displayName));
        // NOTE: an @username written in a discussion message text stays as written.
        changed.put("discussion_participant", entityManager.createNativeQuery("delete from discussion_participant where username = ?1")
                .setParameter(1, username)
                .executeUpdate());
        // The native updates bypassed the persistence context; reload so the flush keeps their updated_by.
        entityManager.refresh(account);
        account.erase(pseudonym);
        auditTrail.record(DocumentType.USER_ACCOUNT, account.getId(), "PERSONAL_DATA_ERASED", actor, "pseudonym " + pseudonym);

        LOG.info(() -> "Personal data of user record " + account.getId() + " erased");
        return new Erasure(pseudonym, account.getErasedAt(), changed);
    }

    static String pseudonym(long userAccountId) {
        return "erased-user-" + userAccountId;
    }

    private int replaceUserName(String tableAndColumn, String username, String pseudonym) {
        String[] parts = tableAndColumn.split("\\.");
        // Table and column come from the constant list above, never from a request.
        return entityManager.createNativeQuery("update " + parts[0] + " set " + parts[1] + " = ?1 where " + parts[1] + " = ?2")
                .setParameter(1, pseudonym)
                .setParameter(2, username)
                .executeUpdate();
    }

    /** Replaces the user name where audit texts quote it, such as "claire to marc" for a delegation; a longer name that contains it is left alone. */
    private int replaceInAuditDetails(String username, String pseudonym) {
        Pattern whole = wholeWord(username);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, detail from audit_entry where detail like ?1 escape '\\'")
                .setParameter(1, "%" + likeEscaped(username) + "%")
                .getResultList();
        int count = 0;
        for (Object[] row : rows) {
            String detail = (String) row[1];
            String replaced = whole.matcher(detail).replaceAll(Matcher.quoteReplacement(pseudonym));
            if (!replaced.equals(detail)) {
                entityManager.createNativeQuery("update audit_entry set detail = ?1 where id = ?2")
                        .setParameter(1, replaced)
                        .setParameter(2, ((Number) row[0]).longValue())
                        .executeUpdate();
                count++;
            }
        }
        return count;
    }

    /** Empties the e-mails sent to the user's address, and those whose text names them by display name. */
    private int eraseNotifications(String email, String displayName) {
        int count = 0;
        if (email != null) {
            count += entityManager.createNativeQuery("update notification set recipient = ?1, subject = ?1, body = ?1 where lower(recipient) = lower(?2)")
                    .setParameter(1, ERASED_TEXT)
                    .setParameter(2, email)
                    .executeUpdate();
        }
        if (displayName != null && !displayName.isBlank()) {
            count += entityManager.createNativeQuery("update notification set subject = ?1, body = ?1 where body like ?2 escape '\\' or subject like ?2 escape '\\'")
                    .setParameter(1, ERASED_TEXT)
                    .setParameter(2, "%" + likeEscaped(displayName) + "%")
                    .executeUpdate();
        }
        return count;
    }

    static Pattern wholeWord(String username) {
        return Pattern.compile("(?<![\\w.@-])" + Pattern.quote(username) + "(?![\\w.@-])");
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
