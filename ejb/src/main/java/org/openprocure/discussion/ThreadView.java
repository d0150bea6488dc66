package org.openprocure.discussion;

import java.util.List;
import java.util.Map;

/**
 * A document's thread as its reader sees it: the document, the messages oldest first, how many of
 * them the reader has not read yet, and the number of open flags of each kind.
 */
public record ThreadView(DocumentSummary document, List<MessageView> messages, long unread, Map<MessageKind, Long> openFlags) {
}
