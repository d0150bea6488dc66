package org.openprocure.discussion;

import java.util.List;

/** The file types a message may carry, each with the content type the download sends and the file name extensions it accepts. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XML("application/xml", "xml"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TXT("text/plain; charset=UTF-8", "txt");

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }
}
