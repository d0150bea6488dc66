package org.openprocure.discussion;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.openprocure.audit.AuditRecorded;

/**
 * Hands committed thread and audit changes of documents with a thread to the listeners that
 * subscribed, such as the portal's websocket push. The portal's web module subscribes here instead of
 * observing the CDI events itself, so that delivery does not depend on whether CDI lets an observer
 * in a WAR see events fired from the EJB module of the same EAR. After a rollback nothing is handed on.
 */
@ApplicationScoped
public class DocumentEvents {

    private static final Logger LOG = Logger.getLogger(DocumentEvents.class.getName());

    /** A set, so that a listener subscribed twice, such as by two web modules starting, is called once. */
    private final Set<Consumer<DocumentEvent>> listeners = new CopyOnWriteArraySet<>();

    public void subscribe(Consumer<DocumentEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<DocumentEvent> listener) {
        listeners.remove(listener);
    }

    void onThreadChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged changed) {
        publish(new DocumentEvent(changed.documentType(), changed.documentId(), DocumentEvent.Kind.THREAD, null));
    }

    void onAuditRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded recorded) {
        if (DocumentDirectory.THREAD_TYPES.contains(recorded.documentType())) {
            publish(new DocumentEvent(recorded.documentType(), recorded.documentId(), DocumentEvent.Kind.STATUS, recorded.actor()));
        }
    }

    /** Calls every listener; a failing listener is logged and skipped, because the change it reports is already committed. */
    private void publish(DocumentEvent event) {
        for (Consumer<DocumentEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Listener failed on " + event.kind() + " change of " + event.documentKey(), e);
            }
        }
    }
}
