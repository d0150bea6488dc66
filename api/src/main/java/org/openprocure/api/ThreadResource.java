package org.openprocure.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.openprocure.discussion.AttachmentDownload;
import org.openprocure.discussion.AttachmentUpload;
import org.openprocure.discussion.DiscussionService;
import org.openprocure.discussion.DocumentDirectory;
import org.openprocure.discussion.MessageDraft;
import org.openprocure.discussion.MessageKind;
import org.openprocure.discussion.MessageView;
import org.openprocure.discussion.ThreadView;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/**
 * The discussion thread of a document, shared by the buyer's staff and the document's supplier.
 * {type} is a document type with a thread, such as PURCHASE_ORDER, and {id} the document's id.
 * Attachments travel in the JSON body as base64; a supplier user gets 404 for another supplier's document.
 */
@RequestScoped
@Transactional
@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadResource {

    @Inject
    private DiscussionService discussions;

    /** A file to attach: its name, such as delivery-note.pdf, and its bytes in base64. */
    public record NewAttachment(String fileName, String content) {
    }

    /** A message to post: the text, the kind (NOTE when absent) and the files to attach. */
    public record NewMessage(String text, String kind, List<NewAttachment> attachments) {
    }

    /** The message to mark as read up to; the newest one when absent. */
    public record ReadMarkRequest(Long messageId) {
    }

    public record ThreadReply(String documentType, long documentId, String documentNumber, String documentStatus, long unread,
                              Map<MessageKind, Long> openFlags, List<MessageReply> messages) {

        static ThreadReply of(ThreadView view) {
            return new ThreadReply(view.document().type().name(), view.document().id(), view.document().number(), view.document().status(),
                    view.unread(), view.openFlags(), view.messages().stream().map(MessageReply::of).toList());
        }
    }

    public record MessageReply(long id, String author, String side, String kind, String text, Instant postedAt, boolean open,
                               String resolvedBy, Instant resolvedAt, List<String> mentions, List<AttachmentReply> attachments) {

        static MessageReply of(MessageView message) {
            return new MessageReply(message.id(), message.author(), message.side().name(), message.kind().name(), message.text(),
                    message.postedAt(), message.openFlag(), message.resolvedBy(), message.resolvedAt(), message.mentions(),
                    message.attachments().stream().map(AttachmentReply::of).toList());
        }
    }

    /** An attachment's description, with the path that downloads it. */
    public record AttachmentReply(long id, String fileName, String contentType, long size, String sha256, String href) {

        static AttachmentReply of(MessageView.AttachmentView attachment) {
            return new AttachmentReply(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.sizeBytes(),
                    attachment.sha256(), "/threads/attachments/" + attachment.id());
        }
    }

    /** The caller's unread messages on one document and over every thread they follow. */
    public record UnreadReply(long unread, long unreadTotal) {
    }

    @GET
    @Path("{type}/{id}/messages")
    public ThreadReply messages(@PathParam("type") String type, @PathParam("id") long id) {
        return ThreadReply.of(discussions.read(DocumentDirectory.threadType(type), id));
    }

    @POST
    @Path("{type}/{id}/messages")
    public Response post(@PathParam("type") String type, @PathParam("id") long id, NewMessage body) {
        if (body == null) {
            throw new InvalidInputException("error.missing", "text");
        }
        DocumentType documentType = DocumentDirectory.threadType(type);
        MessageView message = discussions.post(documentType, id, new MessageDraft(body.text(), kind(body.kind()), uploads(body.attachments())));
        URI location = UriBuilder.fromResource(ThreadResource.class).path("{type}/{id}/messages/{messageId}")
                .build(documentType.name(), id, message.id());
        return Response.created(location).entity(MessageReply.of(message)).build();
    }

    @POST
    @Path("{type}/{id}/messages/{messageId}/resolution")
    public MessageReply resolve(@PathParam("type") String type, @PathParam("id") long id, @PathParam("messageId") long messageId) {
        return MessageReply.of(discussions.resolve(DocumentDirectory.threadType(type), id, messageId));
    }

    @POST
    @Path("{type}/{id}/read")
    public UnreadReply markRead(@PathParam("type") String type, @PathParam("id") long id, ReadMarkRequest body) {
        long unread = discussions.markRead(DocumentDirectory.threadType(type), id, body == null ? null : body.messageId());
        return new UnreadReply(unread, discussions.unreadTotal());
    }

    @GET
    @Path("{type}/{id}/unread")
    public UnreadReply unread(@PathParam("type") String type, @PathParam("id") long id) {
        return new UnreadReply(discussions.unread(DocumentDirectory.threadType(type), id), discussions.unreadTotal());
    }

    /** Returns the caller's unread messages over every thread they opened, posted in or were mentioned in. */
    @GET
    @Path("unread")
    public UnreadReply unreadTotal() {
        long total = discussions.unreadTotal();
        return new UnreadReply(total, total);
    }

    /**
     * Sends an attachment as a download, never shown inline: the content type found from its bytes
     * when it was posted, with nosniff, so that a browser does not guess another type.
     */
    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("attachmentId") long attachmentId) {
        AttachmentDownload download = discussions.attachment(attachmentId);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", download.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static MessageKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return MessageKind.NOTE;
        }
        try {
            return MessageKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.thread.kind", kind);
        }
    }

    private static List<AttachmentUpload> uploads(List<NewAttachment> attachments) {
        if (attachments == null) {
            return List.of();
        }
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (NewAttachment attachment : attachments) {
            if (attachment == null) {
                throw new InvalidInputException("error.nullEntry", "attachments", String.valueOf(uploads.size() + 1));
            }
            if (attachment.content() == null) {
                throw new InvalidInputException("error.missing", "attachments[" + (uploads.size() + 1) + "].content");
            }
            try {
                uploads.add(new AttachmentUpload(attachment.fileName(), Base64.getMimeDecoder().decode(attachment.content())));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.thread.attachmentBase64", String.valueOf(attachment.fileName()));
            }
        }
        return uploads;
    }
}
