package org.openprocure.discussion;

import java.time.Instant;
import java.util.List;

/** One message as pages and the API show it, read inside the transaction so that nothing loads lazily afterwards. */
public record MessageView(long id, String author, MessageSide side, MessageKind kind, String text, Instant postedAt, String resolvedBy,
                          Instant resolvedAt, List<String> mentions, List<AttachmentView> attachments) {

    /** An attachment's description, without its bytes. */
    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public boolean openFlag() {
        return kind.isFlag() && resolvedAt == null;
    }

    static MessageView of(ThreadMessage message) {
        List<AttachmentView> attachments = message.getAttachments().stream()
                .map(a -> new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256()))
                .toList();
        List<String> mentions = message.getMentions().stream().sorted().toList();
        return new MessageView(message.getId(), message.getAuthor(), message.getSide(), message.getKind(), message.getText(),
                message.getPostedAt(), message.getResolvedBy(), message.getResolvedAt(), mentions, attachments);
    }
}
