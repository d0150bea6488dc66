package org.openprocure.discussion;

import java.util.List;

/** A message as the caller writes it: the text, the kind (NOTE when absent) and the files to attach, none when absent. */
public record MessageDraft(String text, MessageKind kind, List<AttachmentUpload> attachments) {
}
