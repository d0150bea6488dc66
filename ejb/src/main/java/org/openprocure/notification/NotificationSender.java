package org.openprocure.notification;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sends outbox e-mails through the WildFly mail session {@value #MAIL_SESSION}. In standalone-full.xml
 * that session uses the outbound socket binding mail-smtp, which reads its host and port from the
 * system properties jboss.mail.server.host and jboss.mail.server.port (localhost and 25 by default).
 * The sender address is the session's from attribute; without one, Jakarta Mail uses the server's
 * user name at its host name.
 */
@Stateless
@PermitAll
public class NotificationSender {

    static final String MAIL_SESSION = "java:jboss/mail/Default";

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    /** Anything shaped like an e-mail address, removed from failure texts because mail servers quote the recipient. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"@]+@[^\\s<>\"@]+");

    @PersistenceContext
    private EntityManager entityManager;

    @Resource(lookup = MAIL_SESSION)
    private Session mailSession;

    /**
     * Sends a PENDING e-mail and marks it SENT or FAILED. The call runs on another thread in a
     * transaction of its own, so the request that queued the e-mail does not wait for the mail
     * server, and a failure marks the row FAILED without touching the business change.
     */
    @Asynchronous
    public void send(long notificationId) {
        // NOTE: nothing retries a row left PENDING (server stopped before the send) or FAILED yet.
        Notification notification = entityManager.find(Notification.class, notificationId);
        if (notification == null || notification.getStatus() != NotificationStatus.PENDING) {
            LOG.warning(() -> "Notification " + notificationId + " is missing or no longer pending; not sent");
            return;
        }

        try {
            Transport.send(message(notification));
            notification.markSent();
            LOG.info(() -> "Notification " + notification.getId() + " sent");
        } catch (MessagingException e) {
            String failure = describe(e, notification.getRecipient());
            notification.markFailed(failure);
            LOG.warning(() -> "Notification " + notification.getId() + " could not be sent: " + failure);
        }
    }

    private MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.getRecipient(), true));
        message.setHeader("Content-Language", notification.getLanguage());
        message.setSubject(notification.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(notification.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }

    /** Returns the exception and its causes as one line, with the recipient and any other address removed. */
    public static String describe(Exception failure, String recipient) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append("; caused by ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        String withoutRecipient = text.toString().replace(recipient, "(address removed)");
        return ADDRESS.matcher(withoutRecipient).replaceAll(Matcher.quoteReplacement("(address removed)"));
    }
}
