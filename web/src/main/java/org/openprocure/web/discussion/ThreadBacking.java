package org.openprocure.web.discussion;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.discussion.AttachmentUpload;
import org.openprocure.discussion.DiscussionService;
import org.openprocure.discussion.DocumentDirectory;
import org.openprocure.discussion.DocumentEvent;
import org.openprocure.discussion.MessageDraft;
import org.openprocure.discussion.MessageKind;
import org.openprocure.discussion.MessageView;
import org.openprocure.discussion.ThreadView;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DocumentType;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.document.DocumentKeys;
import org.openprocure.web.document.PageLabels;
import org.primefaces.model.file.UploadedFiles;

/**
 * Backs /WEB-INF/includes/thread.xhtml: reads the document's thread on every render, marks what the
 * user sees as read, and posts and resolves messages through {@link DiscussionService}.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MEBIBYTE = 1024L * 1024;

    @Inject
    private DiscussionService discussions;

    @Inject
    private DocumentPush push;

    @Inject
    private LanguageSelector language;

    private DocumentType type;
    private long documentId;
    private transient ThreadView thread;
    private long unreadAtOpen;
    private long unreadTotal;
    private String problem;

    private String text;
    private MessageKind kind = MessageKind.NOTE;
    /** The files chosen in the form, up to the service's maximum of attachments per message. */
    private transient UploadedFiles files;

    /**
     * Reads the thread of the include's document, called before each render. The messages the user
     * had not read are counted, then marked read up to the newest one shown.
     */
    public void open(String typeName, Object id) {
        try {
            type = DocumentDirectory.threadType(typeName);
            documentId = DocumentKeys.id(id);
            thread = discussions.read(type, documentId);
            unreadAtOpen = thread.unread();
            if (unreadAtOpen > 0) {
                discussions.markRead(type, documentId, thread.messages().get(thread.messages().size() - 1).id());
            }
            unreadTotal = discussions.unreadTotal();
            push.watch(getDocumentKey(), FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            problem = null;
        } catch (BusinessException e) {
            thread = null;
            problem = e.describe(locale());
        }
    }

    public void post() {
        List<AttachmentUpload> uploads = files == null ? List.of()
                : files.getFiles().stream()
                        .filter(file -> file.getSize() > 0)
                        .map(file -> new AttachmentUpload(file.getFileName(), file.getContent()))
                        .toList();
        try {
            discussions.post(type, documentId, new MessageDraft(text, kind, uploads));
            text = null;
            kind = MessageKind.NOTE;
            files = null;
            message(null, FacesMessage.SEVERITY_INFO, PageLabels.label("thread.posted"), null);
        } catch (BusinessException e) {
            message(fieldOf(e), FacesMessage.SEVERITY_ERROR, e.describe(locale()), e.fix(locale()));
        }
    }

    public void resolve(long messageId) {
        try {
            discussions.resolve(type, documentId, messageId);
        } catch (BusinessException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.describe(locale()), e.fix(locale()));
        }
    }

    /** Returns the form field that an error is about, or null for an error about the whole message. */
    private static String fieldOf(BusinessException e) {
        String key = e.messageKey();
        if (key.startsWith("error.thread.attachment") || key.equals("error.thread.fileName")) {
            return "threadForm:file";
        }
        if (key.equals("error.missing") || key.equals("error.tooLong")) {
            return "threadForm:text";
        }
        return null;
    }

    /** Adds a message; without a detail, an empty one, because FacesMessage repeats the summary as the detail when it is null. */
    private static void message(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    private Locale locale() {
        return language.getLocale();
    }

    public boolean isAvailable() {
        return thread != null;
    }

    public String getProblem() {
        return problem;
    }

    public List<MessageView> getMessages() {
        return thread == null ? List.of() : thread.messages();
    }

    /** Returns when the message was posted, in the page's language. */
    public String at(MessageView message) {
        return DocumentKeys.dateTime(message.postedAt(), locale());
    }

    /** Returns when the flag was resolved, in the page's language, or an empty text while it is open. */
    public String resolvedAt(MessageView message) {
        return message.resolvedAt() == null ? "" : DocumentKeys.dateTime(message.resolvedAt(), locale());
    }

    /** Returns the usernames the message mentions, separated by commas. */
    public String mentions(MessageView message) {
        return String.join(", ", message.mentions());
    }

    public long getOpenRequests() {
        return thread == null ? 0 : thread.openFlags().get(MessageKind.MISSING_ATTACHMENT_REQUEST);
    }

    public long getOpenDisagreements() {
        return thread == null ? 0 : thread.openFlags().get(MessageKind.DISAGREEMENT);
    }

    public long getUnreadAtOpen() {
        return unreadAtOpen;
    }

    public long getUnreadTotal() {
        return unreadTotal;
    }

    /** Returns the largest attachment in mebibytes, as the form states it, rounded down. */
    public long getMaxMebibytes() {
        return discussions.attachmentMaxBytes() / MEBIBYTE;
    }

    public long getMaxBytes() {
        return discussions.attachmentMaxBytes();
    }

    public int getMaxAttachments() {
        return DiscussionService.MAX_ATTACHMENTS;
    }

    /** Returns the key that push messages carry for this document, such as PURCHASE_ORDER:42, or an empty text before a valid one. */
    public String getDocumentKey() {
        return type == null ? "" : DocumentEvent.key(type, documentId);
    }

    public MessageKind[] getKinds() {
        return MessageKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
