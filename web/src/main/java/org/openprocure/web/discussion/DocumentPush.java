package org.openprocure.web.discussion;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.openprocure.discussion.DocumentEvent;
import org.openprocure.discussion.DocumentEvents;

/**
 * Pushes committed document changes to the open pages of that document over the Faces websocket
 * channels {@value #THREAD_CHANNEL} (new message or resolved flag) and {@value #STATUS_CHANNEL}
 * (new audit entry, such as a status change). The message carries only the document key and the kind
 * of change. The page then reloads the region through its own request, which checks access again.
 * Pages register through {@link #watch}, and the first one creates this bean, which then subscribes
 * to {@link DocumentEvents}.
 */
@ApplicationScoped
public class DocumentPush {

    public static final String THREAD_CHANNEL = "threadEvents";
    public static final String STATUS_CHANNEL = "statusEvents";

    private static final Logger LOG = Logger.getLogger(DocumentPush.class.getName());

    @Inject
    @Push(channel = THREAD_CHANNEL)
    private PushContext threadChannel;

    @Inject
    @Push(channel = STATUS_CHANNEL)
    private PushContext statusChannel;

    @Inject
    private DocumentEvents events;

    @Inject
    private DocumentWatchers watchers;

    private final Consumer<DocumentEvent> listener = this::push;

    @PostConstruct
    void subscribe() {
        events.subscribe(listener);
        LOG.info("Open document pages now receive live changes");
    }

    /** Records that the user, who passed the document's access check, has a page of it open. */
    public void watch(String documentKey, String username) {
        watchers.watch(documentKey, username);
    }

    @PreDestroy
    void unsubscribe() {
        events.unsubscribe(listener);
    }

    /**
     * Sends the change to the users who have a page of the document open. A status change skips the
     * user who made it: their own page already shows the result, often after a redirect that carries
     * its confirmation message, which a refresh request from the old page would otherwise consume.
     */
    private void push(DocumentEvent event) {
        Set<String> users = new HashSet<>(watchers.watching(event.documentKey()));
        if (event.kind() == DocumentEvent.Kind.STATUS && event.actor() != null) {
            users.remove(event.actor());
        }
        if (users.isEmpty()) {
            return;
        }
        PushContext channel = event.kind() == DocumentEvent.Kind.THREAD ? threadChannel : statusChannel;
        Map<String, Set<Future<Void>>> sent = channel.send(Map.of("document", event.documentKey(), "kind", event.kind().name()), users);
        int sockets = sent.values().stream().mapToInt(Set::size).sum();
        LOG.info(() -> event.kind() + " change of " + event.documentKey() + " pushed to " + sockets + " open page(s) of " + users.size()
                + " user(s)");
    }
}
