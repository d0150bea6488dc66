package org.openprocure.discussion;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.notification.Notifications;
import org.openprocure.platform.Settings;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;
import org.openprocure.supplier.SupplierScope;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountService;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The discussion thread of each document, shared by the buyer's staff and the document's supplier.
 * Every method first checks, through {@link DocumentDirectory}, that the caller may see the
 * document, so a supplier user gets the not-found error for another supplier's document.
 */
@Stateless
@PermitAll
@DeclareRoles("supplier")
public class DiscussionService {

    /** Maximum number of attachments per message. */
    public static final int MAX_ATTACHMENTS = 5;
    /** Maximum length, in characters, of the message excerpt quoted in a mention e-mail. */
    private static final int EXCERPT_LENGTH = 500;

    private static final Logger LOG = Logger.getLogger(DiscussionService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private DocumentDirectory directory;

    @Inject
    private SupplierScope scope;

    @Inject
    private Settings settings;

    @Inject
    private Notifications notifications;

    @Inject
    private UserAccountService users;

    @Inject
    private Event<ThreadChanged> threadChanged;

    @Resource
    private SessionContext session;

    /** Returns the document's thread, oldest message first, with the caller's unread count; it marks nothing as read. */
    public ThreadView read(DocumentType type, long documentId) {
        DocumentSummary document = directory.visible(type, documentId);
        String caller = seeCaller();

        Optional<DocumentThread> thread = findThread(type, documentId);
        List<MessageView> messages = thread.map(this::messages).orElse(List.of());
        long unread = thread.map(t -> unread(t, caller)).orElse(0L);
        return new ThreadView(document, messages, unread, thread.map(this::openFlags).orElseGet(DiscussionService::noFlags));
    }

    /**
     * Posts a message with its attachments. Each @username of a user whom the threads have seen, and
     * who may see the document, is recorded as a mention and gets an e-mail. Other names stay plain text.
     */
    public MessageView post(DocumentType type, long documentId, MessageDraft draft) {
        Inputs.requirePresent(draft, "message");
        String text = Inputs.requireText(draft.text(), "text", ThreadMessage.MAX_TEXT_LENGTH);
        MessageKind kind = draft.kind() == null ? MessageKind.NOTE : draft.kind();
        List<CheckedAttachment> files = checkAttachments(draft.attachments());
        DocumentSummary document = directory.visible(type, documentId);
        String author = seeCaller();

        DocumentThread thread = findThread(type, documentId).orElseGet(() -> createThread(type, documentId));
        ThreadMessage message = new ThreadMessage(thread, author, side(), kind, text);
        files.forEach(message::attach);
        entityManager.persist(message);
        entityManager.flush();
        for (int i = 0; i < files.size(); i++) {
            entityManager.persist(new AttachmentContent(message.getAttachments().get(i).getId(), files.get(i).content()));
        }
        List<Participant> mentioned = mention(message, document);
        advanceReadMark(author, thread, message.getId());
        mentioned.forEach(participant -> notifyMention(participant, author, document, text));
        threadChanged.fire(new ThreadChanged(type, documentId));

        LOG.info(() -> "Message " + message.getId() + " (" + kind + ", " + files.size() + " attachment(s), " + mentioned.size()
                + " mention(s)) posted on " + type + " " + documentId);
        return MessageView.of(message);
    }

    /** Marks an open missing-attachment request or disagreement resolved by the caller. */
    public MessageView resolve(DocumentType type, long documentId, long messageId) {
        directory.visible(type, documentId);
        ThreadMessage message = entityManager.find(ThreadMessage.class, messageId);
        if (message == null || message.getThread().getDocumentType() != type || message.getThread().getDocumentId() != documentId) {
            throw new DocumentNotFoundException(DocumentType.THREAD_MESSAGE, messageId);
        }
        String actor = seeCaller();

        message.resolve(actor);
        threadChanged.fire(new ThreadChanged(type, documentId));

        LOG.info(() -> "Message " + messageId + " (" + message.getKind() + ") resolved on " + type + " " + documentId);
        return MessageView.of(message);
    }

    /**
     * Moves the caller's read mark to this message, or to the newest one when it is null, and
     * returns how many messages stay unread. A mark never moves back.
     */
    public long markRead(DocumentType type, long documentId, Long messageId) {
        directory.visible(type, documentId);
        String caller = seeCaller();
        Optional<DocumentThread> thread = findThread(type, documentId);
        if (thread.isEmpty()) {
            return 0;
        }
        long upTo = messageId != null ? messageId : newestMessageId(thread.get());
        advanceReadMark(caller, thread.get(), upTo);
        return unread(thread.get(), caller);
    }

    /** Returns how many messages of others on the document's thread the caller has not read. */
    public long unread(DocumentType type, long documentId) {
        directory.visible(type, documentId);
        String caller = callerName();
        return findThread(type, documentId).map(thread -> unread(thread, caller)).orElse(0L);
    }

    /**
     * Returns how many messages of others the caller has not read, over every thread the caller
     * opened, posted in or was mentioned in. The query starts from the caller's read marks (the
     * primary key begins with the username) and counts messages after each mark through the
     * (thread_id, id) index, so its cost grows with the caller's unread messages, not with all threads.
     */
    public long unreadTotal() {
        String caller = callerName();
        return entityManager.createQuery("""
                        select count(m) from ThreadMessage m, ReadMark r
                        where r.username = :caller and m.thread.id = r.threadId and m.id > r.lastReadMessageId
                        and m.author <> :caller""", Long.class)
                .setParameter("caller", caller)
                .getSingleResult();
    }

    /** Returns the number of open flags of each kind on the document's thread, 0 for a kind with none. */
    public Map<MessageKind, Long> openFlags(DocumentType type, long documentId) {
        directory.visible(type, documentId);
        return findThread(type, documentId).map(this::openFlags).orElseGet(DiscussionService::noFlags);
    }

    /** Returns an attachment's bytes to a caller who may see its document; to anyone else it does not exist. */
    public AttachmentDownload attachment(long attachmentId) {
        MessageAttachment attachment = entityManager.find(MessageAttachment.class, attachmentId);
        if (attachment == null) {
            throw new DocumentNotFoundException(DocumentType.MESSAGE_ATTACHMENT, attachmentId);
        }
        DocumentThread thread = attachment.getMessage().getThread();
        try {
            directory.visible(thread.getDocumentType(), thread.getDocumentId());
        } catch (DocumentNotFoundException e) {
            throw new DocumentNotFoundException(DocumentType.MESSAGE_ATTACHMENT, attachmentId);
        }
        AttachmentContent content = entityManager.find(AttachmentContent.class, attachmentId);

        LOG.info(() -> "Attachment " + attachmentId + " of message " + attachment.getMessage().getId() + " downloaded");
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content.getContent());
    }

    /** Returns the largest attachment accepted, in bytes. */
    public long attachmentMaxBytes() {
        return settings.discussionAttachmentMaxBytes();
    }

    private List<CheckedAttachment> checkAttachments(List<AttachmentUpload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            throw new InvalidInputException("error.thread.attachmentCount", String.valueOf(uploads.size()), String.valueOf(MAX_ATTACHMENTS));
        }
        long maxBytes = settings.discussionAttachmentMaxBytes();
        Inputs.requireEntries(uploads, "attachments");
        return uploads.stream().map(upload -> AttachmentPolicy.check(upload.fileName(), upload.content(), maxBytes)).toList();
    }

    private List<Participant> mention(ThreadMessage message, DocumentSummary document) {
        List<Participant> mentioned = new ArrayList<>();
        for (String name : Mentions.names(message.getText())) {
            String username = name.toLowerCase(Locale.ROOT);
            Participant participant = entityManager.find(Participant.class, username);
            if (username.equals(message.getAuthor()) || participant == null || !participant.maySee(document.supplierId())
                    || mentioned.contains(participant)) {
                continue;
            }
            message.mention(username);
            ensureReadMark(username, message.getThread());
            mentioned.add(participant);
        }
        return mentioned;
    }

    private void notifyMention(Participant participant, String author, DocumentSummary document, String text) {
        if (participant.getEmail() == null) {
            LOG.info(() -> "Mentioned user has no e-mail address on record; no e-mail about " + document.type() + " " + document.id());
            return;
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(participant.getLanguage()));
        String excerpt = text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1) + "…";
        String link = settings.portalUrl() + "/document.xhtml?type=" + document.type().name() + "&id=" + document.id();
        String subject = Messages.format(locale, "notification.mention.subject", author, document.type(), document.number());
        String body = Messages.format(locale, "notification.mention.body", author, document.type(), document.number(), excerpt, link);
        notifications.queue(participant.getEmail(), locale.getLanguage(), subject, body, document.type(), document.id());
    }

    private Optional<DocumentThread> findThread(DocumentType type, long documentId) {
        return entityManager.createQuery("select t from DocumentThread t where t.documentType = :type and t.documentId = :id", DocumentThread.class)
                .setParameter("type", type)
                .setParameter("id", documentId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Creates the thread with its first message. NOTE: when two first messages arrive at the same
     * moment on one document, the unique constraint on (document_type, document_id) makes the second
     * fail, and its author must post it again.
     */
    private DocumentThread createThread(DocumentType type, long documentId) {
        DocumentThread thread = new DocumentThread(type, documentId);
        entityManager.persist(thread);
        return thread;
    }

    /** Returns every message of the thread. NOTE: not paged, which suits threads of up to a few hundred messages. */
    private List<MessageView> messages(DocumentThread thread) {
        return entityManager.createQuery("select m from ThreadMessage m where m.thread = :thread order by m.id", ThreadMessage.class)
                .setParameter("thread", thread)
                .getResultStream()
                .map(MessageView::of)
                .toList();
    }

    private long unread(DocumentThread thread, String username) {
        ReadMark mark = entityManager.find(ReadMark.class, new ReadMark.Key(username, thread.getId()));
        long after = mark == null ? 0 : mark.getLastReadMessageId();
        return entityManager.createQuery("""
                        select count(m) from ThreadMessage m
                        where m.thread = :thread and m.id > :after and m.author <> :username""", Long.class)
                .setParameter("thread", thread)
                .setParameter("after", after)
                .setParameter("username", username)
                .getSingleResult();
    }

    private Map<MessageKind, Long> openFlags(DocumentThread thread) {
        Map<MessageKind, Long> counts = noFlags();
        entityManager.createQuery("""
                        select m.kind, count(m) from ThreadMessage m
                        where m.thread = :thread and m.kind <> :note and m.resolvedAt is null
                        group by m.kind""", Object[].class)
                .setParameter("thread", thread)
                .setParameter("note", MessageKind.NOTE)
                .getResultList()
                .forEach(row -> counts.put((MessageKind) row[0], (Long) row[1]));
        return counts;
    }

    private static Map<MessageKind, Long> noFlags() {
        Map<MessageKind, Long> counts = new EnumMap<>(MessageKind.class);
        counts.put(MessageKind.MISSING_ATTACHMENT_REQUEST, 0L);
        counts.put(MessageKind.DISAGREEMENT, 0L);
        return counts;
    }

    private long newestMessageId(DocumentThread thread) {
        Long newest = entityManager.createQuery("select max(m.id) from ThreadMessage m where m.thread = :thread", Long.class)
                .setParameter("thread", thread)
                .getSingleResult();
        return newest == null ? 0 : newest;
    }

    private void advanceReadMark(String username, DocumentThread thread, long messageId) {
        ensureReadMark(username, thread).advanceTo(messageId);
    }

    private ReadMark ensureReadMark(String username, DocumentThread thread) {
        ReadMark mark = entityManager.find(ReadMark.class, new ReadMark.Key(username, thread.getId()));
        if (mark == null) {
            mark = new ReadMark(username, thread.getId(), 0);
            entityManager.persist(mark);
        }
        return mark;
    }

    /** Records the caller's side, supplier, e-mail address and language, so that others can mention them, and returns their username. */
    private String seeCaller() {
        String username = callerName();
        Long supplierId = scope.restriction().orElse(null);
        Optional<UserAccount> account = users.find(username);
        String email = account.map(UserAccount::getEmail).orElseGet(() -> tokenClaim("email"));
        String language = account.map(UserAccount::getPreferredLanguage).orElseGet(() -> tokenClaim("locale"));
        String supportedLanguage = Messages.supported(language == null ? null : Locale.forLanguageTag(language)).getLanguage();

        Participant participant = entityManager.find(Participant.class, username);
        if (participant == null) {
            participant = new Participant(username);
            participant.seen(side(), supplierId, email, supportedLanguage);
            entityManager.persist(participant);
        } else {
            participant.seen(side(), supplierId, email, supportedLanguage);
        }
        return username;
    }

    private MessageSide side() {
        return session.isCallerInRole("supplier") ? MessageSide.SUPPLIER : MessageSide.BUYER;
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private String tokenClaim(String claim) {
        Principal principal = session.getCallerPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            String value = oidc.getOidcSecurityContext().getToken().getClaimValueAsString(claim);
            return value == null || value.isBlank() ? null : value.strip();
        }
        return null;
    }
}
