package org.openprocure.outbound;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Sends a document as the attachment of an e-mail through the application's mail session. */
final class MailDelivery {

    /** Anything shaped like an e-mail address, removed from failure texts because mail servers quote the recipient. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"@]+@[^\\s<>\"@]+");

    private MailDelivery() {
    }

    /** The e-mail to send: recipient, language tag, subject, body text and the attachment with its file name. */
    record Mail(String recipient, String language, String subject, String body, String fileName, String contentType, byte[] attachment) {
    }

    static AttemptOutcome send(Session session, Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setHeader("Content-Language", mail.language());
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(mail.attachment(), mail.contentType())));
            attachment.setFileName(mail.fileName());
            message.setContent(new MimeMultipart(text, attachment));
            message.setSentDate(new Date());
            Transport.send(message);
            return AttemptOutcome.success(null);
        } catch (MessagingException e) {
            return AttemptOutcome.failure(null, describe(e));
        }
    }

    /** Returns the exception and its causes as one line, with every address removed. */
    static String describe(Exception failure) {
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
        return ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement("(address removed)"));
    }
}
