package org.openprocure.approval;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openprocure.notification.Notifications;
import org.openprocure.platform.Settings;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Messages;
import org.openprocure.shared.Money;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountService;

/**
 * Writes the e-mails of the approval circuit in each approver's preferred language, with a link to
 * the portal page where they approve or reject. The e-mails go through the notification outbox.
 */
@ApplicationScoped
public class ApprovalMailer {

    private static final Logger LOG = Logger.getLogger(ApprovalMailer.class.getName());
    private static final DateTimeFormatter OPENED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The portal page, under the portal's address, that lists the requisitions awaiting the user's approval. */
    static final String INBOX_PAGE = "/approvals.xhtml";

    @Inject
    private UserAccountService users;

    @Inject
    private Notifications notifications;

    @Inject
    private Settings settings;

    /**
     * Queues the e-mail whose subject and body are under this message key to the user, and returns
     * what the audit entry records about it. A user without an e-mail address gets nothing.
     */
    String tell(String username, String messageKey, ApprovalStep step, PurchaseRequisition requisition) {
        UserAccount account = users.find(username).orElse(null);
        if (account == null || account.getEmail() == null) {
            LOG.warning(() -> "No e-mail sent about requisition " + requisition.getNumber() + ": an approver has no e-mail address on their user record");
            return "no e-mail address";
        }
        Locale locale = Locale.forLanguageTag(account.getPreferredLanguage());
        Money total = requisition.totalUnderApproval(settings.companyCurrency());
        String amount = total == null ? "?" : total.rounded().toString();
        String openedAt = OPENED_AT.format(step.getOpenedAt().atZone(ZoneId.systemDefault()));
        String subject = Messages.format(locale, messageKey + ".subject", requisition.getNumber());
        String body = Messages.format(locale, messageKey + ".body", requisition.getNumber(), requisition.getTitle(),
                requisition.getRequester(), amount, openedAt, step.getRuleName(), settings.portalUrl() + INBOX_PAGE);
        long notification = notifications.queue(account.getEmail(), account.getPreferredLanguage(), subject, body,
                DocumentType.PURCHASE_REQUISITION, requisition.getId()).getId();
        return "e-mail queued (notification " + notification + ")";
    }
}
