package org.openprocure.discussion;

import org.openprocure.shared.BusinessException;

/** An attachment above the size limit that {@code openprocure.discussion.attachment-max-bytes} sets. */
public class AttachmentTooLargeException extends BusinessException {

    public AttachmentTooLargeException(String fileName, long sizeBytes, long maxBytes) {
        super("error.thread.attachmentTooLarge", fileName, String.valueOf(sizeBytes), String.valueOf(maxBytes));
    }
}
