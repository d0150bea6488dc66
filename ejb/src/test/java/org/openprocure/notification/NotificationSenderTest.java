package org.openprocure.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.DocumentType;

class NotificationSenderTest {

    private static final String RECIPIENT = "compta@bureau-fournitures.example";

    @Test
    void failureTextNamesCauses() {
        MessagingException failure = new MessagingException("Couldn't connect to host, port: localhost, 25", new ConnectException("Connection refused"));

        String text = NotificationSender.describe(failure, RECIPIENT);

        assertEquals("MessagingException: Couldn't connect to host, port: localhost, 25; caused by ConnectException: Connection refused", text);
    }

    @Test
    void failureTextHidesAddresses() {
        MessagingException failure = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <" + RECIPIENT + ">: Recipient address rejected\n(copy to <other@example.org>)"));

        String text = NotificationSender.describe(failure, RECIPIENT);

        assertFalse(text.contains("@"), text);
        assertTrue(text.contains("550 5.1.1 <(address removed)>: Recipient address rejected (copy to <(address removed)>)"), text);
    }

    @Test
    void longSubjectIsCut() {
        Notification notification = new Notification(RECIPIENT, "fr", "x".repeat(300), "body", DocumentType.SUPPLIER, 1L);

        assertEquals(Notification.MAX_SUBJECT_LENGTH, notification.getSubject().length());
        assertEquals(NotificationStatus.PENDING, notification.getStatus());
    }

    @Test
    void failedNotificationKeepsReason() {
        Notification notification = new Notification(RECIPIENT, "en", "Subject", "body", DocumentType.SUPPLIER, 1L);

        notification.markFailed("MessagingException: timed out");

        assertEquals(NotificationStatus.FAILED, notification.getStatus());
        assertEquals("MessagingException: timed out", notification.getFailure());
    }
}
