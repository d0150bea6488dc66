package org.openprocure.outbound;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.openprocure.notification.NotificationSender;

/** Sends a document as the attachment of an e-mail through the application's mail session. */
final class MailDelivery {

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
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), mail.contentType())));
            attachment.setFileName(mail.fileName());
            message.setContent(new MimeMultipart(text, attachment));
            message.setSentDate(new Date());
            Transport.send(message);
            return AttemptOutcome.success(null);
        } catch (MessagingException e) {
            return AttemptOutcome.failure(null, NotificationSender.describe(e, mail.recipient()));
        }
    }
}
