/** E-mails to people outside the company: stored in an outbox with the business change, sent after it commits. */
package org.openprocure.notification;
